-- Mistake: orders ties by id ascending, which disagrees with the comparison and the feed's order.
SELECT id, title, published_at
FROM articles
WHERE published_at < '2025-03-02 09:00:00'
   OR (published_at = '2025-03-02 09:00:00' AND id < 7)
ORDER BY published_at DESC, id ASC
LIMIT 3;
