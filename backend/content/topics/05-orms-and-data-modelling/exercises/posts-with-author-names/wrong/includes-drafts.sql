-- Mistake: the status filter was dropped, so drafts appear on the public home page.
SELECT p.id AS post_id, p.title AS title, a.name AS author_name
FROM posts AS p
LEFT JOIN authors AS a ON a.id = p.author_id
ORDER BY p.published_at DESC, p.id DESC;
