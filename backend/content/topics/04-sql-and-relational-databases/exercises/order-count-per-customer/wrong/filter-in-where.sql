-- Mistake: the status filter sits in WHERE, which discards the NULL rows and turns the LEFT JOIN into an inner join.
SELECT c.id AS customer_id, c.name AS name, COUNT(o.id) AS order_count
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.status <> 'cancelled'
GROUP BY c.id, c.name
ORDER BY c.id;
