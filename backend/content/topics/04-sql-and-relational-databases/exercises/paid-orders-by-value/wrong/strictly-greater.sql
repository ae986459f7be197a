-- Mistake: "at least 50.00" written as > 5000, which drops an order of exactly 5000.
SELECT id, customer_id, total_cents, created_at
FROM orders
WHERE status = 'paid' AND total_cents > 5000
ORDER BY total_cents DESC, created_at DESC;
