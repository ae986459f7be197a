INSERT INTO authors (id, name) VALUES
    (1, 'Ada Lovelace'),
    (2, 'Grace Hopper'),
    (3, 'Alan Turing');

INSERT INTO posts (id, author_id, title) VALUES
    (1, 1, 'Notes on the engine'),
    (2, 1, 'Poetical science'),
    (3, 2, 'Compilers for everyone'),
    (4, 1, 'Bernoulli numbers');

INSERT INTO comments (id, post_id, body) VALUES
    (1, 1, 'Fascinating'),
    (2, 1, 'Can it weave patterns?'),
    (3, 1, 'More please'),
    (4, 3, 'Finally!'),
    (5, 2, 'Lovely'),
    (6, 3, 'What about COBOL?');
