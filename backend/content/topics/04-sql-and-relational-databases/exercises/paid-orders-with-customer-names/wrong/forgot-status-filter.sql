-- Mistake: the paid filter is forgotten, so shipped and cancelled orders land on the packing list.
SELECT o.id AS order_id, c.name AS customer_name, c.city AS city, o.total_cents AS total_cents
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
ORDER BY o.id;
