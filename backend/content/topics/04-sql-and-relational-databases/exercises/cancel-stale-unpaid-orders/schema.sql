CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status      TEXT NOT NULL,   -- 'pending', 'awaiting_payment', 'paid', 'shipped' or 'cancelled'
    total_cents INTEGER NOT NULL,
    created_at  TEXT NOT NULL    -- 'YYYY-MM-DD HH:MM:SS', UTC
);
