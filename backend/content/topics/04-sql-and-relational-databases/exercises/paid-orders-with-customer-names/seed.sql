INSERT INTO customers (id, name, email, city) VALUES
    (1, 'Ada Lovelace', 'ada@example.com', 'London'),
    (2, 'Linus Torvalds', 'linus@example.com', 'Portland'),
    (3, 'Grace Hopper', 'grace@example.com', 'Arlington'),
    (4, 'Alan Turing', 'alan@example.com', NULL);

INSERT INTO orders (id, customer_id, status, total_cents, created_at) VALUES
    (1, 3, 'paid',      2500, '2024-02-01 09:15:00'),
    (2, 1, 'shipped',   7500, '2024-02-03 11:00:00'),
    (3, 1, 'paid',      1200, '2024-02-04 16:30:00'),
    (4, 4, 'paid',      5000, '2024-02-05 08:45:00'),
    (5, 2, 'cancelled', 9000, '2024-02-06 10:00:00');
