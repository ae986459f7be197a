INSERT INTO customers (id, name) VALUES
    (1, 'Ada'),
    (2, 'Grace'),
    (3, 'Linus'),
    (4, 'Margaret');

INSERT INTO orders (id, customer_id, total_cents, status) VALUES
    (1, 1, 2500, 'paid'),
    (2, 1, 1200, 'paid'),
    (3, 2, 9900, 'paid'),
    (4, 2, 500, 'cancelled'),
    (5, 3, 700, 'pending'),
    (6, 1, 300, 'cancelled');
