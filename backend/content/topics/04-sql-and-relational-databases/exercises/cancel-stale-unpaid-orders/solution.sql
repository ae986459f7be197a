UPDATE orders
SET status = 'cancelled'
WHERE status IN ('pending', 'awaiting_payment')
  AND created_at < '2024-03-01';
