-- Mistake: a plain UPDATE changes an existing product but silently does nothing when the SKU is new.
UPDATE products
SET name = 'Mechanical keyboard (UK layout)', price_cents = 8900
WHERE sku = 'KB-101';
