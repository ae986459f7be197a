-- Mistake: the ORDER BY of the original query was lost in the rewrite, so the newest posts are no longer first.
SELECT p.id AS post_id, p.title AS title, a.name AS author_name
FROM posts AS p
LEFT JOIN authors AS a ON a.id = p.author_id
WHERE p.status = 'published';
