CREATE TABLE customers (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    city  TEXT
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    status      TEXT NOT NULL,          -- 'pending', 'paid', 'shipped' or 'cancelled'
    total_cents INTEGER NOT NULL,
    created_at  TEXT NOT NULL           -- 'YYYY-MM-DD HH:MM:SS', UTC
);
