INSERT INTO products (sku, name, price_cents)
VALUES ('KB-101', 'Mechanical keyboard (UK layout)', 8900);
