-- Mistake: no status filter, so pending and cancelled orders are counted as money received.
SELECT customer_id, COUNT(*) AS order_count, SUM(total_cents) AS spent_cents
FROM orders
GROUP BY customer_id
HAVING SUM(total_cents) >= 20000
ORDER BY spent_cents DESC, customer_id;
