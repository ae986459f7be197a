-- Mistake: the DO UPDATE clause forgets the name, so a renamed product keeps its old name.
INSERT INTO products (sku, name, price_cents)
VALUES ('KB-101', 'Mechanical keyboard (UK layout)', 8900)
ON CONFLICT (sku) DO UPDATE SET price_cents = excluded.price_cents;
