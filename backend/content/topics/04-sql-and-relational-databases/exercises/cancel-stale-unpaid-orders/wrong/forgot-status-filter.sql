-- Mistake: only the date is checked, so old paid and shipped orders are cancelled too.
UPDATE orders
SET status = 'cancelled'
WHERE created_at < '2024-03-01';
