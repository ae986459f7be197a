-- Mistake: the tag ids seen in the sample are hard-coded instead of looking the tags up by name.
SELECT DISTINCT a.id AS id, a.title AS title
FROM articles AS a
JOIN article_tags AS at ON at.article_id = a.id
WHERE at.tag_id IN (2, 3)
ORDER BY a.id;
