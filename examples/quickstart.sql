-- kalam-sql quick start. Runs on the embedded KalamDB-compatible server (jdbc:kalam:mem:default):
--   java -jar cli/target/kalam-sql.jar -f examples/quickstart.sql

-- Namespaces are schemas.
CREATE SCHEMA IF NOT EXISTS shop;

-- A SHARED table: one set of rows for everybody.
CREATE TABLE shop.products (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  price DECIMAL(10, 2)
) USING kalamdb WITH (type = 'shared');

-- A USER table: each tenant (kalam.user_id) sees only its own rows; _userid shows whose they are.
CREATE TABLE shop.carts (
  id BIGSERIAL PRIMARY KEY,
  product_id BIGINT NOT NULL,
  quantity INT NOT NULL DEFAULT 1
) USING kalamdb WITH (type = 'user');

-- A STREAM table: append-only events that expire after ttl_seconds.
CREATE TABLE shop.events (
  id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(),
  kind TEXT,
  payload JSON
) USING kalamdb WITH (type = 'stream', ttl_seconds = 3600);

INSERT INTO shop.products (id, name, price) VALUES (1, 'Coffee', 4.50), (2, 'Tea', 3.20);
SELECT id, name, price FROM shop.products ORDER BY id;

-- Two tenants.
SET kalam.user_id = 'alice';
INSERT INTO shop.carts (product_id, quantity) VALUES (1, 2);
INSERT INTO shop.events (kind, payload) VALUES ('added-to-cart', '{"product": 1}');
SELECT product_id, quantity, _userid FROM shop.carts;

SET kalam.user_id = 'bob';
INSERT INTO shop.carts (product_id) VALUES (2);
SELECT product_id, quantity, _userid FROM shop.carts;
SELECT kind, payload FROM shop.events;

-- A transaction sees its own writes; ROLLBACK discards them.
BEGIN;
UPDATE shop.products SET price = price + 1 WHERE id = 1;
INSERT INTO shop.products (id, name, price) VALUES (3, 'Cocoa', 5.00);
SELECT id, name, price FROM shop.products ORDER BY id;
ROLLBACK;
SELECT id, name, price FROM shop.products ORDER BY id;

-- kalam_exec sends KalamDB's own SQL straight to the server.
SELECT kalam_exec('SELECT table_name, table_type FROM system.tables WHERE namespace_id = ''shop'' ORDER BY table_name');
