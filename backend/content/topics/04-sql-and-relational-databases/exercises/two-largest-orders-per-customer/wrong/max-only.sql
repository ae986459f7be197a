-- Mistake: a GROUP BY with MAX returns only the single largest order of each customer.
SELECT customer_id, id AS order_id, MAX(total_cents) AS total_cents
FROM orders
GROUP BY customer_id
ORDER BY customer_id, total_cents DESC, order_id;
