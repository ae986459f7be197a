-- Mistake: LIMIT 2 keeps the two largest orders of the whole shop, not two per customer.
SELECT customer_id, id AS order_id, total_cents
FROM orders
ORDER BY customer_id, total_cents DESC, id
LIMIT 2;
