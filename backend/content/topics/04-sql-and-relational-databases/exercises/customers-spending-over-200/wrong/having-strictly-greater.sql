-- Mistake: "at least 200.00" written as > 20000, which leaves out a customer who spent exactly 200.00.
SELECT customer_id, COUNT(*) AS order_count, SUM(total_cents) AS spent_cents
FROM orders
WHERE status IN ('paid', 'shipped')
GROUP BY customer_id
HAVING SUM(total_cents) > 20000
ORDER BY spent_cents DESC, customer_id;
