-- Mistake: AND binds tighter than OR, so every pending order is cancelled whatever its date.
UPDATE orders
SET status = 'cancelled'
WHERE status = 'pending' OR status = 'awaiting_payment' AND created_at < '2024-03-01';
