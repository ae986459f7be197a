-- Mistake: cancelled orders are counted too.
SELECT c.id AS customer_id, c.name AS name, COUNT(o.id) AS order_count
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id;
