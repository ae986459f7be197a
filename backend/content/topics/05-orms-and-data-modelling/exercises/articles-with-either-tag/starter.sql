SELECT a.id, a.title
FROM articles AS a
ORDER BY a.id;
