-- Mistake: no DISTINCT, so an article with both tags comes back twice (the join multiplies rows).
SELECT a.id AS id, a.title AS title
FROM articles AS a
JOIN article_tags AS at ON at.article_id = a.id
JOIN tags AS t ON t.id = at.tag_id
WHERE t.name IN ('python', 'django')
ORDER BY a.id;
