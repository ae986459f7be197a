-- Mistake: forgets the status condition, so pending and cancelled orders are counted as money spent.
SELECT c.id, c.name, COUNT(o.id) AS paid_orders, COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, c.id ASC;
