-- Mistake: LIKE instead of = for an exact status; SQLite's LIKE ignores case, so the 'PAID' test orders are packed too.
SELECT o.id AS order_id, c.name AS customer_name, c.city AS city, o.total_cents AS total_cents
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
WHERE o.status LIKE 'paid'
ORDER BY o.id;
