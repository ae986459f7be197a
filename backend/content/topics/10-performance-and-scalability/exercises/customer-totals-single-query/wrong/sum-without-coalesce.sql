-- Mistake: SUM over no rows is NULL, not 0, and NULL also sorts differently from 0.
SELECT c.id, c.name, COUNT(o.id) AS paid_orders, SUM(o.total_cents) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, c.id ASC;
