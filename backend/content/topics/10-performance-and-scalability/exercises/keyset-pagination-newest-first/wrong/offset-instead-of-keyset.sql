-- Mistake: falls back to OFFSET, hard-coding where the cursor sat in the feed; new or deleted rows shift every page.
SELECT id, title, published_at
FROM articles
ORDER BY published_at DESC, id DESC
LIMIT 3 OFFSET 4;
