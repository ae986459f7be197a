-- Mistake: the threshold is applied to each order in WHERE instead of to the customer's total in HAVING.
SELECT customer_id, COUNT(*) AS order_count, SUM(total_cents) AS spent_cents
FROM orders
WHERE status IN ('paid', 'shipped') AND total_cents >= 20000
GROUP BY customer_id
ORDER BY spent_cents DESC, customer_id;
