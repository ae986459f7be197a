INSERT INTO articles (id, title) VALUES
    (1, 'Your first Django view'),
    (2, 'Generators in depth'),
    (3, 'Choosing an index'),
    (4, 'Django and SQLAlchemy side by side'),
    (5, 'Writing a migration by hand');

INSERT INTO tags (id, name) VALUES
    (1, 'sql'),
    (2, 'python'),
    (3, 'django'),
    (4, 'testing');

INSERT INTO article_tags (article_id, tag_id) VALUES
    (1, 3),
    (1, 2),
    (2, 2),
    (3, 1),
    (4, 3),
    (4, 2),
    (4, 1),
    (5, 4);
