INSERT INTO customers (id, name, email, city) VALUES
    (1, 'Ada Lovelace', 'ada@example.com', 'London'),
    (2, 'Linus Torvalds', 'linus@example.com', 'Portland'),
    (3, 'Grace Hopper', 'grace@example.com', 'Arlington'),
    (4, 'Alan Turing', 'alan@example.com', 'Manchester');

INSERT INTO orders (id, customer_id, status, total_cents, created_at) VALUES
    (1, 1, 'paid',      3000, '2024-02-01 09:15:00'),
    (2, 1, 'shipped',   9000, '2024-02-03 11:00:00'),
    (3, 1, 'paid',      4500, '2024-02-04 16:30:00'),
    (4, 2, 'paid',      2000, '2024-02-05 08:45:00'),
    (5, 1, 'pending',    700, '2024-02-06 10:00:00'),
    (6, 3, 'shipped',   6000, '2024-02-07 12:00:00'),
    (7, 3, 'paid',      6000, '2024-02-08 13:00:00'),
    (8, 3, 'paid',      6000, '2024-02-09 14:00:00');
