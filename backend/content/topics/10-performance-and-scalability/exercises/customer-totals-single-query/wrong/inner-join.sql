-- Mistake: an inner JOIN drops every customer who has no paid order.
SELECT c.id, c.name, COUNT(o.id) AS paid_orders, COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, c.id ASC;
