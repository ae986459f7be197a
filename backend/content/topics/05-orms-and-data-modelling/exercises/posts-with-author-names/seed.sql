INSERT INTO authors (id, name, email) VALUES
    (1, 'Ada Lovelace', 'ada@example.com'),
    (2, 'Grace Hopper', 'grace@example.com'),
    (3, 'Alan Turing', 'alan@example.com');

INSERT INTO posts (id, author_id, title, status, published_at) VALUES
    (1, 2, 'Compilers for everyone', 'published', '2024-01-10 09:00:00'),
    (2, 1, 'Notes on the engine',    'published', '2024-02-01 12:00:00'),
    (3, 3, 'Draft: morphogenesis',   'draft',     NULL),
    (4, NULL, 'A guest post',        'published', '2024-01-20 08:30:00'),
    (5, 2, 'Nanoseconds explained',  'published', '2024-02-15 17:45:00');
