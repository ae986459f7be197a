-- Mistake: COUNT(*) counts the customer's own row, so customers without paid orders show 1.
SELECT c.id, c.name, COUNT(*) AS paid_orders, COALESCE(SUM(o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, c.id ASC;
