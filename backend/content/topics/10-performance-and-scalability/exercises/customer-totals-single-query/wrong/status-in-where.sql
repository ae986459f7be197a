-- Mistake: filtering on the status in WHERE turns the LEFT JOIN back into an inner join.
SELECT c.id, c.name, COUNT(o.id) AS paid_orders, COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, c.id ASC;
