-- Differential DML: each statement runs on PostgreSQL inside a transaction that is rolled back,
-- with RETURNING giving the key and the new values; the engine's PreparedMutation must compute
-- the same rows. UPDATE/DELETE return the key first.
UPDATE customers SET age = age + 1 WHERE city = 'Paris' RETURNING id, age;
UPDATE customers SET name = upper(name), balance = balance * 1.1 WHERE age > 50 RETURNING id, name, balance;
UPDATE customers SET city = coalesce(city, 'unknown') WHERE city IS NULL OR city ILIKE 'p%' RETURNING id, city;
UPDATE customers c SET score = score / 2 WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'paid') RETURNING id, score;
UPDATE customers SET balance = (SELECT max(unit_price) FROM orders o WHERE o.customer_id = customers.id) WHERE id < 10 RETURNING id, balance;
UPDATE orders SET status = CASE WHEN quantity > 5 THEN 'bulk' ELSE status END, quantity = quantity + 1 WHERE id % 7 = 0 RETURNING id, status, quantity;
UPDATE orders SET note = status || ':' || coalesce(note, '') WHERE customer_id IN (SELECT id FROM customers WHERE active) RETURNING id, note;
UPDATE customers SET age = NULL WHERE age IS NOT NULL AND age NOT BETWEEN 20 AND 60 RETURNING id, age;
UPDATE customers SET last_login = last_login + interval '1 day' WHERE last_login < TIMESTAMP '2023-06-01 00:00:00' RETURNING id, last_login;
UPDATE customers SET balance = 10.005 WHERE id = 3 RETURNING id, balance;
UPDATE products SET price = price * 0.9, stock = stock - 1 WHERE tags->>1 = 'sale' RETURNING id, price, stock;
DELETE FROM customers WHERE age > 65 RETURNING id;
DELETE FROM orders WHERE status = 'cancelled' AND ordered_at < TIMESTAMP '2024-05-01 00:00:00' RETURNING id;
DELETE FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) RETURNING id;
DELETE FROM orders WHERE customer_id NOT IN (SELECT id FROM customers) RETURNING id;
DELETE FROM products WHERE price > (SELECT avg(price) FROM products) RETURNING id;
INSERT INTO products (id, name, category, price, stock, created, _seq) SELECT id + 100, 'copy of ' || name, category, price * 2, 0, created, _seq + 1000 FROM products WHERE stock > 50 RETURNING id, name, category, price, stock, created, _seq;
INSERT INTO shifts (id, worker, day, starts, ends, _seq) SELECT id + 1000, upper(worker), day, starts, ends, 0 FROM shifts WHERE ends IS NULL RETURNING id, worker, day, starts, ends, _seq;
INSERT INTO customers (id, name, age, _seq) VALUES (1001, 'new', 30, 1), (1002, 'newer', NULL, 2) RETURNING id, name, age, _seq;
