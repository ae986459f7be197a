INSERT INTO articles (id, title, published_at) VALUES
    (1, 'Hello, world', '2025-03-01 08:00:00'),
    (2, 'Indexes explained', '2025-03-01 12:30:00'),
    (3, 'Why p95 matters', '2025-03-01 12:30:00'),
    (4, 'Caching without tears', '2025-03-02 08:15:00'),
    (5, 'Backoff and jitter', '2025-03-02 09:00:00'),
    (6, 'Async for I/O', '2025-03-03 10:00:00'),
    (7, 'Stateless services', '2025-03-02 09:00:00'),
    (8, 'Load balancers', '2025-03-04 07:45:00'),
    (9, 'Token buckets', '2025-03-02 09:00:00');
