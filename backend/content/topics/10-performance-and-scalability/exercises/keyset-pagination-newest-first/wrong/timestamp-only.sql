-- Mistake: compares only the timestamp, so articles published at the same moment as the cursor are skipped.
SELECT id, title, published_at
FROM articles
WHERE published_at < '2025-03-02 09:00:00'
ORDER BY published_at DESC, id DESC
LIMIT 3;
