-- Mistake: the window is ordered ascending, so it picks each customer's two smallest orders.
SELECT customer_id, order_id, total_cents
FROM (
    SELECT customer_id,
           id AS order_id,
           total_cents,
           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY total_cents, id) AS position
    FROM orders
) AS ranked
WHERE position <= 2
ORDER BY customer_id, total_cents DESC, order_id;
