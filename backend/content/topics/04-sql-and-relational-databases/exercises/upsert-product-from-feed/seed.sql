INSERT INTO products (id, sku, name, price_cents, stock) VALUES
    (1, 'MS-200', 'Wireless mouse', 2900, 40),
    (2, 'KB-101', 'Mechanical keyboard', 7900, 12),
    (3, 'MN-270', '27-inch monitor', 21900, 3);
