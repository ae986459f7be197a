-- Mistake: LIKE instead of = for an exact status; SQLite's LIKE ignores case, so posts marked 'Published' are listed too.
SELECT p.id AS post_id, p.title AS title, a.name AS author_name
FROM posts AS p
LEFT JOIN authors AS a ON a.id = p.author_id
WHERE p.status LIKE 'published'
ORDER BY p.published_at DESC, p.id DESC;
