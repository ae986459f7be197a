-- Mistake: LIKE instead of = for an exact status; SQLite's LIKE ignores case, so the 'PAID' test orders are listed too.
SELECT id, customer_id, total_cents, created_at
FROM orders
WHERE status LIKE 'paid' AND total_cents >= 5000
ORDER BY total_cents DESC, created_at DESC;
