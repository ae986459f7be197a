INSERT INTO customers (id, name, email, city) VALUES
    (1, 'Ada Lovelace', 'ada@example.com', 'London'),
    (2, 'Linus Torvalds', 'linus@example.com', 'Portland'),
    (3, 'Grace Hopper', 'grace@example.com', 'Arlington');

INSERT INTO orders (id, customer_id, status, total_cents, created_at) VALUES
    (1, 1, 'paid',      2500,  '2024-02-01 09:15:00'),
    (2, 2, 'paid',      7500,  '2024-02-03 11:00:00'),
    (3, 1, 'cancelled', 12000, '2024-02-04 16:30:00'),
    (4, 3, 'paid',      5000,  '2024-02-05 08:45:00'),
    (5, 2, 'pending',   9000,  '2024-02-06 10:00:00'),
    (6, 3, 'paid',      15900, '2024-02-07 14:20:00'),
    (7, 1, 'paid',      7500,  '2024-02-08 19:05:00'),
    (8, 2, 'paid',      4999,  '2024-02-09 12:00:00');
