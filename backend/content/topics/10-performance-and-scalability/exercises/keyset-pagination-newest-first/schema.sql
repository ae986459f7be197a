CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    published_at TEXT NOT NULL
);
CREATE INDEX articles_feed_idx ON articles (published_at, id);
