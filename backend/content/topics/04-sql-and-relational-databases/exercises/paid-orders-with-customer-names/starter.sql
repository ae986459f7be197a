SELECT id AS order_id, customer_id, total_cents
FROM orders
WHERE status = 'paid'
ORDER BY id;
