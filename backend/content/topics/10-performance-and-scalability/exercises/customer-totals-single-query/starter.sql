SELECT c.id, c.name, COUNT(*) AS paid_orders, SUM(o.total_cents) AS spent_cents
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name;
