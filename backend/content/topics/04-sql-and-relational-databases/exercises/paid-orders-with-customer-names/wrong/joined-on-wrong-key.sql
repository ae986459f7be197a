-- Mistake: the join matches the two primary keys (order 1 with customer 1) instead of orders.customer_id with customers.id.
SELECT o.id AS order_id, c.name AS customer_name, c.city AS city, o.total_cents AS total_cents
FROM orders AS o
JOIN customers AS c ON c.id = o.id
WHERE o.status = 'paid'
ORDER BY o.id;
