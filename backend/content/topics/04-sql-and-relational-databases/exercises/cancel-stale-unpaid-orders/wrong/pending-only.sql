-- Mistake: orders awaiting payment are forgotten; only 'pending' is treated as unpaid.
UPDATE orders
SET status = 'cancelled'
WHERE status = 'pending' AND created_at < '2024-03-01';
