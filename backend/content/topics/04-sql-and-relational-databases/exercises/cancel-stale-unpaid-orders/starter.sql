UPDATE orders
SET status = 'cancelled'
WHERE status = 'pending';
