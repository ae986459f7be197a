-- Mistake: pages by id alone, but ids do not follow publication time in this feed.
SELECT id, title, published_at
FROM articles
WHERE id < 7
ORDER BY id DESC
LIMIT 3;
