SELECT id, customer_id, total_cents, created_at
FROM orders
WHERE status = 'paid' AND total_cents >= 5000
ORDER BY total_cents DESC, created_at DESC;
