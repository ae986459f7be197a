-- Mistake: ORDER BY sorts ascending by default; "largest first" needs DESC.
SELECT id, customer_id, total_cents, created_at
FROM orders
WHERE status = 'paid' AND total_cents >= 5000
ORDER BY total_cents, created_at;
