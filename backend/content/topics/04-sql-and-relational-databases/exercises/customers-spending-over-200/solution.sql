SELECT customer_id, COUNT(*) AS order_count, SUM(total_cents) AS spent_cents
FROM orders
WHERE status IN ('paid', 'shipped')
GROUP BY customer_id
HAVING SUM(total_cents) >= 20000
ORDER BY spent_cents DESC, customer_id;
