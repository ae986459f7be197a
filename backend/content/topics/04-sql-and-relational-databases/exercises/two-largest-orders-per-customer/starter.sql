SELECT customer_id, id AS order_id, total_cents
FROM orders
ORDER BY customer_id, total_cents DESC, id;
