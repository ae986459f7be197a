-- Mistake: inner joins drop authors without posts and the posts that have no comments.
SELECT a.id AS author_id,
       a.name AS name,
       COUNT(DISTINCT p.id) AS post_count,
       COUNT(c.id) AS comment_count
FROM authors AS a
JOIN posts AS p ON p.author_id = a.id
JOIN comments AS c ON c.post_id = p.id
GROUP BY a.id, a.name
ORDER BY comment_count DESC, a.id;
