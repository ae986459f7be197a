SELECT a.id AS author_id, a.name AS name, COUNT(p.id) AS post_count
FROM authors AS a
LEFT JOIN posts AS p ON p.author_id = a.id
GROUP BY a.id, a.name
ORDER BY a.id;
