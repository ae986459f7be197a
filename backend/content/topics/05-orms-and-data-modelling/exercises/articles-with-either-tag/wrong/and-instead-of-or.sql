-- Mistake: a single joined row carries one tag, so name = 'python' AND name = 'django' can never both hold.
SELECT DISTINCT a.id AS id, a.title AS title
FROM articles AS a
JOIN article_tags AS at ON at.article_id = a.id
JOIN tags AS t ON t.id = at.tag_id
WHERE t.name = 'python' AND t.name = 'django'
ORDER BY a.id;
