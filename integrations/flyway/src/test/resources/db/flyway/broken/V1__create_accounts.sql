-- KalamDB tables need exactly one PRIMARY KEY column.
CREATE TABLE accounts (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    balance DECIMAL(10, 2)
);
