-- Mistake: an INNER JOIN instead of a LEFT JOIN, so customers without orders vanish from the list.
SELECT c.id AS customer_id, c.name AS name, COUNT(o.id) AS order_count
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.name
ORDER BY c.id;
