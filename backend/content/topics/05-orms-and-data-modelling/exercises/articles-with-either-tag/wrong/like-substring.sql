-- Mistake: LIKE with wildcards matches any tag containing the word, so 'python3' and 'django-rest' count too.
SELECT DISTINCT a.id AS id, a.title AS title
FROM articles AS a
JOIN article_tags AS at ON at.article_id = a.id
JOIN tags AS t ON t.id = at.tag_id
WHERE t.name LIKE '%python%' OR t.name LIKE '%django%'
ORDER BY a.id;
