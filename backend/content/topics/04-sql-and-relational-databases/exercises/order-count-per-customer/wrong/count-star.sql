-- Mistake: COUNT(*) counts the NULL-filled row of a customer without orders, reporting 1 instead of 0.
SELECT c.id AS customer_id, c.name AS name, COUNT(*) AS order_count
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.name
ORDER BY c.id;
