SELECT id, title, published_at
FROM articles
WHERE (published_at, id) < ('2025-03-02 09:00:00', 7)
ORDER BY published_at DESC, id DESC
LIMIT 3;
