CREATE TABLE authors (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE
);

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    author_id    INTEGER REFERENCES authors(id) ON DELETE SET NULL,  -- NULL once the author is deleted
    title        TEXT NOT NULL,
    status       TEXT NOT NULL,   -- 'draft' or 'published'
    published_at TEXT             -- 'YYYY-MM-DD HH:MM:SS', NULL for drafts
);
