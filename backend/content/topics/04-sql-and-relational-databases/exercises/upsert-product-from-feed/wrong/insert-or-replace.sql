-- Mistake: INSERT OR REPLACE deletes the existing row and inserts a new one, so the id changes and the stock resets to 0.
INSERT OR REPLACE INTO products (sku, name, price_cents)
VALUES ('KB-101', 'Mechanical keyboard (UK layout)', 8900);
