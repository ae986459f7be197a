SELECT id, customer_id, total_cents, created_at
FROM orders
WHERE status = 'paid';
