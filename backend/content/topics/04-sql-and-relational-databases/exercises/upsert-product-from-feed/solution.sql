INSERT INTO products (sku, name, price_cents)
VALUES ('KB-101', 'Mechanical keyboard (UK layout)', 8900)
ON CONFLICT (sku) DO UPDATE SET
    name = excluded.name,
    price_cents = excluded.price_cents;
