SELECT customer_id, COUNT(*) AS order_count, SUM(total_cents) AS spent_cents
FROM orders
GROUP BY customer_id
ORDER BY spent_cents DESC, customer_id;
