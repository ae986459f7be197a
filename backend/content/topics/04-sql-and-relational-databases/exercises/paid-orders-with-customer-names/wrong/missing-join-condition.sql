-- Mistake: listing both tables without a join condition pairs every order with every customer.
SELECT o.id AS order_id, c.name AS customer_name, c.city AS city, o.total_cents AS total_cents
FROM orders AS o, customers AS c
WHERE o.status = 'paid'
ORDER BY o.id;
