INSERT INTO customers (id, name, email, city) VALUES
    (1, 'Ada Lovelace', 'ada@example.com', 'London'),
    (2, 'Linus Torvalds', 'linus@example.com', 'Portland'),
    (3, 'Grace Hopper', 'grace@example.com', 'Arlington'),
    (4, 'Alan Turing', 'alan@example.com', 'Manchester');

INSERT INTO orders (id, customer_id, status, total_cents, created_at) VALUES
    (1, 1, 'paid',      12000, '2024-02-01 09:15:00'),
    (2, 1, 'shipped',    9000, '2024-02-03 11:00:00'),
    (3, 2, 'paid',      15000, '2024-02-04 16:30:00'),
    (4, 2, 'cancelled', 30000, '2024-02-05 08:45:00'),
    (5, 3, 'shipped',   20000, '2024-02-06 10:00:00'),
    (6, 4, 'pending',   50000, '2024-02-07 12:00:00'),
    (7, 4, 'paid',       4000, '2024-02-08 13:00:00');
