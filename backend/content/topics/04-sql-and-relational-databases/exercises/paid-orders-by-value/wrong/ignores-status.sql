-- Mistake: the status filter is missing, so cancelled and pending orders are reviewed too.
SELECT id, customer_id, total_cents, created_at
FROM orders
WHERE total_cents >= 5000
ORDER BY total_cents DESC, created_at DESC;
