-- Unqualified: Flyway runs migrations with the configured schema (namespace) as the current one.
CREATE TABLE items (
    id BIGINT PRIMARY KEY,
    sku TEXT NOT NULL
);
INSERT INTO items (id, sku) VALUES (7, 'SKU-7');
