SELECT id, title, published_at
FROM articles
WHERE published_at < '2025-03-02 09:00:00'
LIMIT 3;
