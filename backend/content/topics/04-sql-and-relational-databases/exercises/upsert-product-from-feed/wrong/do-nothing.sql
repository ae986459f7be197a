-- Mistake: DO NOTHING ignores the conflict, so an existing product keeps its old name and price.
INSERT INTO products (sku, name, price_cents)
VALUES ('KB-101', 'Mechanical keyboard (UK layout)', 8900)
ON CONFLICT (sku) DO NOTHING;
