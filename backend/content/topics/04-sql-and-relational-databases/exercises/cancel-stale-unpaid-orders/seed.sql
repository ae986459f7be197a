INSERT INTO orders (id, customer_id, status, total_cents, created_at) VALUES
    (1, 1, 'pending',          2500, '2024-02-10 09:15:00'),
    (2, 2, 'paid',             7500, '2024-02-12 11:00:00'),
    (3, 1, 'awaiting_payment', 1200, '2024-02-20 16:30:00'),
    (4, 3, 'awaiting_payment', 5000, '2024-03-02 08:45:00'),
    (5, 2, 'pending',          9000, '2024-03-05 10:00:00'),
    (6, 3, 'shipped',          6000, '2024-01-15 12:00:00');
