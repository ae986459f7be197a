-- Mistake: SUM(DISTINCT ...) to guard against join duplicates, so two paid orders of the same
-- amount are added once.
SELECT c.id,
       c.name,
       COUNT(o.id) AS paid_orders,
       COALESCE(SUM(DISTINCT o.total_cents), 0) AS spent_cents
FROM customers AS c
LEFT JOIN orders AS o
       ON o.customer_id = c.id
      AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, c.id ASC;
