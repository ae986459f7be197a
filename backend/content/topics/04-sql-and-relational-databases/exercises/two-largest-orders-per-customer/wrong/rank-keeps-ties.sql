-- Mistake: RANK() gives equal totals the same rank, so a customer with tied orders gets three rows.
SELECT customer_id, order_id, total_cents
FROM (
    SELECT customer_id,
           id AS order_id,
           total_cents,
           RANK() OVER (PARTITION BY customer_id ORDER BY total_cents DESC) AS position
    FROM orders
) AS ranked
WHERE position <= 2
ORDER BY customer_id, total_cents DESC, order_id;
