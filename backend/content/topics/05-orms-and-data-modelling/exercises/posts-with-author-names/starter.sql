SELECT id AS post_id, title, author_id AS author_name
FROM posts
WHERE status = 'published'
ORDER BY published_at DESC, id DESC;
