-- Differential corpus: every query runs on PostgreSQL and on the engine over the same rows
-- (DifferentialDataset) and must return the same result. Statements end with ';' at the end of
-- a line. A "-- params:" line binds the next statement's ? parameters.

-- ============================================================ projection and WHERE basics
SELECT * FROM customers;
SELECT id, name FROM customers WHERE id = 7;
SELECT id, name, city FROM customers WHERE city = 'Paris';
SELECT id FROM customers WHERE city <> 'Paris';
SELECT id FROM customers WHERE city != 'Paris';
SELECT id FROM customers WHERE age > 40;
SELECT id FROM customers WHERE age >= 40 AND age <= 50;
SELECT id FROM customers WHERE age < 25 OR age > 70;
SELECT id FROM customers WHERE NOT (age > 30);
SELECT id FROM customers WHERE age IS NULL;
SELECT id FROM customers WHERE age IS NOT NULL AND city IS NULL;
SELECT id FROM customers WHERE active;
SELECT id FROM customers WHERE NOT active;
SELECT id FROM customers WHERE active IS TRUE;
SELECT id FROM customers WHERE active IS NOT TRUE;
SELECT id FROM customers WHERE active IS FALSE;
SELECT id FROM customers WHERE active IS NOT FALSE;
SELECT id FROM customers WHERE active IS UNKNOWN;
SELECT id FROM customers WHERE active = true AND age > 30;
SELECT id FROM customers WHERE (age > 30) = active;
SELECT id, name FROM customers WHERE name = 'O''Brien';
SELECT id, name FROM customers WHERE name = '';
SELECT id, name FROM customers WHERE name = 'Zoë';
SELECT id FROM customers WHERE balance > 1000.00;
SELECT id FROM customers WHERE balance < 0;
SELECT id FROM customers WHERE balance = 0;
SELECT id FROM customers WHERE score > 50.5;
SELECT id FROM customers WHERE rating >= 2.5;
SELECT id FROM customers WHERE joined > DATE '2022-01-01';
SELECT id FROM customers WHERE joined BETWEEN DATE '2021-01-01' AND DATE '2021-12-31';
SELECT id FROM customers WHERE last_login > TIMESTAMP '2023-06-01 00:00:00';
SELECT id FROM customers WHERE last_login < '2023-03-01 12:00:00';
SELECT id FROM customers WHERE joined = '2021-05-05';
SELECT id, token FROM customers WHERE token IS NOT NULL;
SELECT * FROM orders WHERE id = 17;
SELECT * FROM products;
SELECT * FROM shifts;
SELECT id, worker FROM shifts WHERE starts > TIME '09:00:00';
SELECT id FROM shifts WHERE ends IS NULL;
SELECT id, quantity FROM orders WHERE quantity = 3;
SELECT id FROM orders WHERE unit_price > 100;
SELECT id FROM orders WHERE status = 'paid' AND customer_id = 5;
SELECT id FROM orders WHERE customer_id IS NULL;
SELECT _seq, id FROM customers WHERE _seq > 1050;
SELECT _userid, count(*) FROM orders GROUP BY _userid;

-- ============================================================ three-valued logic
SELECT id FROM customers WHERE age > 30 OR city = 'Paris';
SELECT id FROM customers WHERE NOT (age > 30 OR city = 'Paris');
SELECT id FROM customers WHERE NOT (age > 30 AND city = 'Paris');
SELECT id, (age > 30) AND (city = 'Paris') AS b FROM customers;
SELECT id, (age > 30) OR (city = 'Paris') AS b FROM customers;
SELECT id, NOT (age > 30) AS b FROM customers;
SELECT id FROM customers WHERE age IN (20, 30, NULL);
SELECT id FROM customers WHERE age NOT IN (20, 30, NULL);
SELECT id FROM customers WHERE age NOT IN (20, 30, 40);
SELECT id FROM customers WHERE (age = NULL) IS NULL;
SELECT id, age IS DISTINCT FROM 30 AS d FROM customers;
SELECT id FROM customers WHERE age IS NOT DISTINCT FROM NULL;
SELECT id FROM customers WHERE city IS DISTINCT FROM 'Paris';
SELECT NULL = NULL AS a, NULL AND false AS b, NULL OR true AS c, NOT NULL AS d;

-- ============================================================ IN, BETWEEN, LIKE, ILIKE
SELECT id FROM customers WHERE city IN ('Paris', 'Oslo');
SELECT id FROM customers WHERE city NOT IN ('Paris', 'Oslo');
SELECT id FROM customers WHERE id IN (1, 2, 3, 5, 8, 13, 21, 34, 55);
SELECT id FROM customers WHERE age BETWEEN 30 AND 40;
SELECT id FROM customers WHERE age NOT BETWEEN 30 AND 40;
SELECT id FROM customers WHERE age BETWEEN 40 AND 30;
SELECT id FROM customers WHERE balance BETWEEN -100.50 AND 100.50;
SELECT id FROM customers WHERE name LIKE 'A%';
SELECT id FROM customers WHERE name LIKE '%o%';
SELECT id FROM customers WHERE name LIKE '_o%';
SELECT id FROM customers WHERE name NOT LIKE '%a%';
SELECT id FROM customers WHERE name ILIKE 'a%';
SELECT id FROM customers WHERE name NOT ILIKE '%B%';
SELECT id FROM customers WHERE name LIKE 'x\_y';
SELECT id FROM customers WHERE name LIKE '%\%';
SELECT id FROM customers WHERE name LIKE '50!%' ESCAPE '!';
SELECT id FROM customers WHERE email LIKE '%@example.com';
SELECT id FROM customers WHERE city ILIKE 'PARIS';
SELECT id FROM customers WHERE city LIKE 'S_o%';

-- ============================================================ expressions in the select list
SELECT id, age + 1, age - 1, age * 2, age / 7, age % 7 FROM customers;
SELECT id, -age AS neg, age * age AS sq FROM customers;
SELECT id, balance * 2, balance + 0.005, balance - balance FROM customers;
SELECT id, balance / 4 FROM customers WHERE balance IS NOT NULL;
SELECT id, score * 2.5, score / 3 FROM customers;
SELECT id, rating * 2 AS r2 FROM customers;
SELECT id, age + score AS mixed FROM customers;
SELECT id, quantity * unit_price AS total FROM orders;
SELECT id, quantity * unit_price * 1.2 AS gross FROM orders;
SELECT id, 7 / 2 AS a, 7.0 / 2 AS b, -7 / 2 AS c, 7 % 3 AS d, -7 % 3 AS e FROM customers WHERE id = 1;
SELECT 1 + 2 * 3 AS a, (1 + 2) * 3 AS b, 2 - 3 - 4 AS c;
SELECT 10 / 4 AS a, 10 / 4.0 AS b, 1.5 * 4 AS c, 0.1 + 0.2 AS d;
SELECT id, upper(name), lower(name) FROM customers;
SELECT id, length(name), char_length(name) FROM customers;
SELECT id, substring(name from 2 for 3) FROM customers;
SELECT id, substring(name, 2) FROM customers;
SELECT id, substr(name, 1, 2) FROM customers;
SELECT id, position('a' in name) FROM customers;
SELECT id, strpos(name, 'o') FROM customers;
SELECT id, trim(name), ltrim('  x '), rtrim(' x  ') FROM customers WHERE id < 4;
SELECT id, trim(both 'x' from 'xxabcxx') AS t FROM customers WHERE id = 1;
SELECT id, replace(name, 'a', '@') FROM customers;
SELECT id, name || '!' AS bang, name || city AS nc FROM customers;
SELECT id, name || ' (' || coalesce(city, 'n/a') || ')' AS label FROM customers;
SELECT id, concat(name, '-', city) FROM customers;
SELECT id, concat_ws('/', name, city, email) FROM customers;
SELECT id, lpad(name, 8, '*'), rpad(name, 8, '.') FROM customers;
SELECT id, left(name, 2), right(name, 2) FROM customers;
SELECT id, repeat(substr(name, 1, 1), 3) FROM customers;
SELECT id, split_part(email, '@', 1) AS local_part FROM customers;
SELECT id, split_part(email, '@', 2) AS domain FROM customers;
SELECT id, md5(name) FROM customers;
SELECT id, initcap(status), initcap('hello wORLD-wide o''neil') FROM orders;
SELECT id, starts_with(name, 'A') FROM customers;
SELECT id, ascii(name) FROM customers WHERE name <> '';
SELECT id, chr(65 + (id % 26)::int) FROM customers;
SELECT id, upper(substr(name, 1, 1)) || lower(substr(name, 2)) AS cap FROM customers;
SELECT id, abs(balance), abs(age - 50) FROM customers;
SELECT id, ceil(score), floor(score) FROM customers;
SELECT id, ceil(balance), floor(balance) FROM customers;
SELECT id, round(balance), round(balance, 1), round(balance, -2) FROM customers;
SELECT id, round(score::numeric, 2) FROM customers;
SELECT id, trunc(balance), trunc(balance, 1) FROM customers;
SELECT id, mod(age, 5) FROM customers;
SELECT id, power(age, 2) FROM customers;
SELECT id, sqrt(abs(score)) FROM customers;
SELECT id, sign(balance) FROM customers;
SELECT id, greatest(age, 40), least(age, 40) FROM customers;
SELECT id, greatest(balance, 0), least(score, 10) FROM customers;
SELECT id, exp(1.0) > 2.7 AS e, ln(10) > 2.3 AS l FROM customers WHERE id = 1;

-- ============================================================ CASE, COALESCE, NULLIF
SELECT id, CASE WHEN age < 30 THEN 'young' WHEN age < 60 THEN 'middle' ELSE 'senior' END AS band FROM customers;
SELECT id, CASE city WHEN 'Paris' THEN 1 WHEN 'Oslo' THEN 2 ELSE 0 END AS code FROM customers;
SELECT id, CASE WHEN active THEN 'yes' WHEN NOT active THEN 'no' END AS a FROM customers;
SELECT id, CASE WHEN age > 30 THEN balance END AS b FROM customers;
SELECT id, CASE WHEN age IS NULL THEN 'a' ELSE 'bcd' END || '|' AS padded FROM customers;
SELECT id, coalesce(city, email, name) FROM customers;
SELECT id, coalesce(age, 0) + 1 FROM customers;
SELECT id, coalesce(balance, 0.00) FROM customers;
SELECT id FROM customers WHERE coalesce(age, 39) < 37;
SELECT id FROM customers WHERE coalesce(age, 0) = 0;
SELECT id FROM customers WHERE coalesce(city, 'x') <> 'Paris';
SELECT id, nullif(age, 30), nullif(city, 'Paris') FROM customers;
SELECT id, nullif(name, '') IS NULL AS blank FROM customers;
SELECT id, age / nullif(age % 3, 0) AS safe_div FROM customers;
SELECT id FROM customers WHERE CASE WHEN age > 40 THEN city ELSE name END = 'Paris';
SELECT id FROM customers WHERE CASE WHEN age IS NULL THEN false ELSE age > 50 END;

-- ============================================================ CAST and ::
SELECT id, age::text, id::float8, balance::int FROM customers;
SELECT id, CAST(age AS text), CAST(balance AS integer), CAST(score AS numeric(10,2)) FROM customers;
SELECT '42'::int + 1 AS a, '3.5'::numeric * 2 AS b, '7'::bigint AS c, 2.5::numeric(10,0) AS d, -2.5::numeric(10,0) AS e;
SELECT CAST('2024-02-29' AS date) AS d, '2024-01-05 10:11:12'::timestamp AS ts, '13:14:15'::time AS t;
SELECT id, joined::timestamp FROM customers;
SELECT id, last_login::date FROM customers;
SELECT id, rating::float8 AS r FROM customers;
SELECT id, age::numeric / 3 AS third FROM customers;
SELECT id FROM customers WHERE age::text LIKE '3%';
SELECT id FROM customers WHERE id::text = '12';
SELECT id, CASE WHEN age > 30 THEN 1 ELSE 0 END AS flag FROM customers WHERE age IS NOT NULL;
SELECT id, token::text FROM customers WHERE token IS NOT NULL;
SELECT id, CAST(quantity AS bigint) * 1000000000 AS big FROM orders WHERE id < 20;
SELECT CAST(1.23456 AS decimal(6,2)) AS a, CAST(-1.235 AS decimal(6,2)) AS b, CAST(99.995 AS decimal(6,2)) AS c;

-- ============================================================ date and time functions
SELECT id, extract(year from joined), extract(month from joined), extract(day from joined) FROM customers;
SELECT id, extract(hour from last_login), extract(minute from last_login) FROM customers;
SELECT id, date_trunc('month', last_login) FROM customers;
SELECT id, date_trunc('day', last_login), date_trunc('hour', last_login) FROM customers;
SELECT id, date_trunc('year', last_login) FROM customers;
SELECT id, last_login + interval '1 day' FROM customers;
SELECT id, last_login - interval '2 hours' FROM customers;
SELECT id, last_login + interval '30 minutes' FROM customers;
SELECT id, last_login + interval '1' month FROM customers;
SELECT id FROM customers WHERE last_login > TIMESTAMP '2023-06-01 00:00:00' + interval '10 days';
SELECT id FROM customers WHERE joined < current_date;
SELECT id FROM customers WHERE last_login < now();
SELECT id FROM customers WHERE last_login < current_timestamp;
SELECT count(*) FROM orders WHERE ordered_at >= '2024-03-01' AND ordered_at < '2024-04-01';
SELECT extract(month from ordered_at) AS m, count(*) FROM orders GROUP BY extract(month from ordered_at);
SELECT date_trunc('month', ordered_at) AS m, sum(quantity) FROM orders GROUP BY date_trunc('month', ordered_at);
SELECT id, starts, ends FROM shifts WHERE starts < TIME '10:00:00';
SELECT worker, min(starts), max(ends) FROM shifts GROUP BY worker;
SELECT id, extract(hour from starts) FROM shifts;
SELECT day, count(*) FROM shifts GROUP BY day;
SELECT s.day AS date, s.worker AS value FROM shifts s WHERE s.day > DATE '2024-03-05';
SELECT extract(day FROM day) AS d, count(*) FROM shifts GROUP BY extract(day FROM day);
SELECT min(joined), max(joined), min(last_login), max(last_login) FROM customers;

-- ============================================================ aggregates, GROUP BY, HAVING
SELECT count(*) FROM customers;
SELECT count(*), count(age), count(city), count(DISTINCT city) FROM customers;
SELECT count(DISTINCT name), count(DISTINCT upper(name)) FROM customers;
SELECT sum(age), avg(age), min(age), max(age) FROM customers;
SELECT sum(balance), avg(balance), min(balance), max(balance) FROM customers;
SELECT sum(score), avg(score), min(score), max(score) FROM customers;
SELECT sum(rating), avg(rating) FROM customers;
SELECT min(name), max(name), min(city), max(city) FROM customers;
SELECT sum(quantity), avg(quantity), sum(unit_price), avg(unit_price) FROM orders;
SELECT city, count(*) FROM customers GROUP BY city;
SELECT city, count(*), avg(age), sum(balance) FROM customers GROUP BY city;
SELECT city, active, count(*) FROM customers GROUP BY city, active;
SELECT upper(name) AS n, count(*) FROM customers GROUP BY upper(name);
SELECT age / 10 AS decade, count(*) FROM customers GROUP BY age / 10;
SELECT city, count(*) AS n FROM customers GROUP BY 1;
SELECT city AS c, count(*) FROM customers GROUP BY c;
SELECT city, count(*) FROM customers GROUP BY city HAVING count(*) > 5;
SELECT city, avg(age) FROM customers GROUP BY city HAVING avg(age) > 45;
SELECT city, max(balance) FROM customers GROUP BY city HAVING max(balance) > 1000 AND count(*) > 2;
SELECT status, count(*), sum(quantity * unit_price) FROM orders GROUP BY status;
SELECT customer_id, count(*), max(ordered_at) FROM orders GROUP BY customer_id;
SELECT product_id, count(DISTINCT customer_id) FROM orders GROUP BY product_id;
SELECT _userid, status, count(*) FROM orders GROUP BY _userid, status;
SELECT count(*) FROM customers WHERE age > 200;
SELECT sum(age), max(name), avg(balance) FROM customers WHERE age > 200;
SELECT city, count(*) FILTER (WHERE active) AS active_n, count(*) FILTER (WHERE age > 40) AS older FROM customers GROUP BY city;
SELECT count(*) FILTER (WHERE balance < 0) AS neg FROM customers;
SELECT bool_and(active), bool_or(active) FROM customers;
SELECT city, bool_or(age > 60) FROM customers GROUP BY city;
SELECT active, count(*) FROM customers GROUP BY active;
SELECT category, count(*), min(price), max(price), sum(stock) FROM products GROUP BY category;
SELECT city, active, count(*) FROM customers GROUP BY ROLLUP(city, active);
SELECT city, active, count(*) FROM customers GROUP BY CUBE(city, active);
SELECT city, active, count(*) FROM customers GROUP BY GROUPING SETS ((city), (active), ());
SELECT city, string_agg(name, ',' ORDER BY name, id) FROM customers GROUP BY city;
SELECT max(prefs->>'theme'), min(prefs->>'theme') FROM customers;

-- ============================================================ DISTINCT
SELECT DISTINCT city FROM customers;
SELECT DISTINCT city, active FROM customers;
SELECT DISTINCT upper(name) FROM customers;
SELECT DISTINCT age / 10 FROM customers;
SELECT DISTINCT status FROM orders;
SELECT DISTINCT customer_id FROM orders WHERE quantity > 5;
SELECT count(*) FROM (SELECT DISTINCT city FROM customers) t;

-- ============================================================ joins
SELECT c.id, o.id FROM customers c JOIN orders o ON o.customer_id = c.id;
SELECT c.name, o.status FROM customers c INNER JOIN orders o ON o.customer_id = c.id WHERE o.quantity > 5;
SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id;
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL;
SELECT c.id, o.id FROM orders o RIGHT JOIN customers c ON o.customer_id = c.id;
SELECT c.id, o.id FROM customers c FULL JOIN orders o ON o.customer_id = c.id;
SELECT c.id, o.id FROM customers c FULL OUTER JOIN orders o ON o.customer_id = c.id WHERE c.id IS NULL OR o.id IS NULL;
SELECT c.id, p.id FROM customers c CROSS JOIN products p WHERE c.id < 4 AND p.id < 4;
SELECT a.id, b.id FROM customers a JOIN customers b ON a.city = b.city AND a.id < b.id;
SELECT o.id, c.name, p.name FROM orders o JOIN customers c ON c.id = o.customer_id JOIN products p ON p.id = o.product_id;
SELECT c.city, p.category, sum(o.quantity) FROM orders o JOIN customers c ON c.id = o.customer_id JOIN products p ON p.id = o.product_id GROUP BY c.city, p.category;
SELECT c.id, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
SELECT c.id, coalesce(sum(o.quantity), 0) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid';
SELECT c.id, o.id FROM customers c JOIN orders o ON o.customer_id = c.id AND o.unit_price > c.balance;
SELECT c.id, o.id FROM customers c JOIN orders o USING (id);
SELECT p.name, o.id FROM products p LEFT JOIN orders o ON o.product_id = p.id AND o.quantity > 8;
SELECT s1.id, s2.id FROM shifts s1 JOIN shifts s2 ON s1.day = s2.day AND s1.id < s2.id AND s1.starts < s2.starts;
SELECT c.name, o.id FROM customers c, orders o WHERE c.id = o.customer_id AND o.status = 'new';
SELECT c.id, o.id FROM customers c JOIN orders o ON c.id = o.customer_id WHERE c.city = 'Paris' OR o.status = 'cancelled';

-- ============================================================ subqueries
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE status = 'paid');
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL);
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);
SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.quantity > 7);
SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
SELECT id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS n FROM customers c;
SELECT id, (SELECT max(unit_price) FROM orders o WHERE o.customer_id = c.id) AS top FROM customers c;
SELECT id, (SELECT max(age) FROM customers) - age AS gap FROM customers;
SELECT id FROM customers WHERE age > (SELECT avg(age) FROM customers);
SELECT id FROM customers c WHERE age > (SELECT avg(age) FROM customers d WHERE d.city = c.city);
SELECT id FROM customers WHERE age > ALL (SELECT age FROM customers WHERE city = 'Oslo' AND age IS NOT NULL);
SELECT id FROM customers WHERE age = ANY (SELECT age FROM customers WHERE city = 'Rome');
SELECT id FROM customers WHERE age < SOME (SELECT quantity * 5 FROM orders WHERE id < 10);
SELECT t.city, t.n FROM (SELECT city, count(*) AS n FROM customers GROUP BY city) t WHERE t.n > 5;
SELECT max(n) FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) t;
SELECT id FROM products WHERE price > (SELECT avg(price) FROM products);
SELECT p.id FROM products p WHERE p.id IN (SELECT product_id FROM orders GROUP BY product_id HAVING count(*) > 8);
SELECT c.id FROM customers c WHERE (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) = 0;
SELECT id, name FROM customers WHERE (city, active) IN (SELECT city, active FROM customers WHERE age > 70);
SELECT id FROM orders o WHERE unit_price = (SELECT max(unit_price) FROM orders i WHERE i.customer_id = o.customer_id);

-- ============================================================ set operations
SELECT city FROM customers UNION SELECT status FROM orders;
SELECT city FROM customers UNION ALL SELECT status FROM orders;
SELECT customer_id FROM orders INTERSECT SELECT id FROM customers WHERE age > 50;
SELECT id FROM customers EXCEPT SELECT customer_id FROM orders;
SELECT city FROM customers INTERSECT ALL SELECT city FROM customers WHERE active;
SELECT city FROM customers EXCEPT ALL SELECT city FROM customers WHERE active;
SELECT id, name FROM customers WHERE age > 60 UNION SELECT id, name FROM customers WHERE city = 'Oslo';
SELECT name FROM customers UNION SELECT name FROM products ORDER BY 1;
SELECT id FROM customers WHERE age < 25 UNION ALL SELECT id FROM customers WHERE age > 70 ORDER BY id DESC;
SELECT 1 AS x UNION SELECT 2 UNION SELECT 1;
SELECT 'a' AS k, count(*) FROM customers UNION ALL SELECT 'b', count(*) FROM orders;

-- ============================================================ WITH
WITH paris AS (SELECT * FROM customers WHERE city = 'Paris') SELECT id, name FROM paris;
WITH t AS (SELECT customer_id, sum(quantity) AS q FROM orders GROUP BY customer_id) SELECT c.name, t.q FROM customers c JOIN t ON t.customer_id = c.id;
WITH a AS (SELECT id, age FROM customers), b AS (SELECT id FROM a WHERE age > 40) SELECT count(*) FROM b;
WITH t AS (SELECT city, count(*) AS n FROM customers GROUP BY city) SELECT x.city, y.city FROM t x JOIN t y ON x.n = y.n AND x.city < y.city;
WITH big AS (SELECT * FROM orders WHERE quantity > 6) SELECT status, count(*) FROM big GROUP BY status;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT sum(i) FROM n;

-- ============================================================ window functions
SELECT id, row_number() OVER (ORDER BY id) FROM customers;
SELECT id, row_number() OVER (PARTITION BY city ORDER BY id) FROM customers;
SELECT id, rank() OVER (ORDER BY age) FROM customers;
SELECT id, dense_rank() OVER (PARTITION BY city ORDER BY age DESC) FROM customers;
SELECT id, sum(age) OVER (PARTITION BY city) FROM customers;
SELECT id, sum(age) OVER (ORDER BY id) AS running FROM customers;
SELECT id, sum(quantity) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM orders;
SELECT id, count(*) OVER () FROM customers;
SELECT id, avg(balance) OVER (PARTITION BY active) FROM customers;
SELECT id, lag(age) OVER (ORDER BY id), lead(age) OVER (ORDER BY id) FROM customers;
SELECT id, lag(name, 2, 'none') OVER (ORDER BY id) FROM customers;
SELECT id, first_value(name) OVER (PARTITION BY city ORDER BY id) FROM customers;
SELECT id, last_value(name) OVER (PARTITION BY city ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM customers;
SELECT id, ntile(4) OVER (ORDER BY id) FROM customers;
SELECT id, min(age) OVER (PARTITION BY city), max(age) OVER (PARTITION BY city) FROM customers;
SELECT * FROM (SELECT id, city, row_number() OVER (PARTITION BY city ORDER BY age DESC, id) AS rn FROM customers) t WHERE rn = 1;
SELECT customer_id, id, sum(quantity * unit_price) OVER (PARTITION BY customer_id ORDER BY ordered_at, id) FROM orders;

-- ============================================================ ORDER BY, NULLS, LIMIT, OFFSET, FETCH
SELECT id, age FROM customers ORDER BY id;
SELECT id, age FROM customers ORDER BY age, id;
SELECT id, age FROM customers ORDER BY age DESC, id;
SELECT id, age FROM customers ORDER BY age NULLS FIRST, id;
SELECT id, age FROM customers ORDER BY age DESC NULLS LAST, id;
SELECT id, city FROM customers ORDER BY city, id DESC;
SELECT id, city FROM customers ORDER BY city DESC NULLS LAST, id;
SELECT id, name FROM customers ORDER BY upper(name), id;
SELECT id, age FROM customers ORDER BY coalesce(age, 0) DESC, id;
SELECT id, age * 2 AS dbl FROM customers ORDER BY dbl, id;
SELECT id, name FROM customers ORDER BY 2, 1;
SELECT id, balance FROM customers ORDER BY balance DESC NULLS FIRST, id;
SELECT id, score FROM customers ORDER BY score, id LIMIT 5;
SELECT id FROM customers ORDER BY id LIMIT 5 OFFSET 10;
SELECT id FROM customers ORDER BY id OFFSET 55;
SELECT id FROM customers ORDER BY id DESC FETCH FIRST 3 ROWS ONLY;
SELECT id FROM customers ORDER BY id OFFSET 2 ROWS FETCH NEXT 4 ROWS ONLY;
SELECT id, joined FROM customers ORDER BY joined DESC NULLS LAST, id LIMIT 7;
SELECT id, last_login FROM customers ORDER BY last_login, id;
SELECT id, token FROM customers WHERE token IS NOT NULL ORDER BY token;
SELECT city, count(*) AS n FROM customers GROUP BY city ORDER BY n DESC, city NULLS FIRST;
SELECT status, sum(quantity) AS q FROM orders GROUP BY status ORDER BY q DESC LIMIT 2;
SELECT id, name FROM products ORDER BY price DESC, id LIMIT 3;

-- ============================================================ JSON operators
SELECT id, prefs->>'theme' FROM customers;
SELECT id, prefs->'notify' FROM customers;
SELECT id, prefs->'notify'->>'email' AS email_on FROM customers;
SELECT id, prefs->'notify'->'sms' FROM customers;
SELECT id, prefs->'tags' FROM customers;
SELECT id, prefs->'tags'->>0, prefs->'tags'->>1 FROM customers;
SELECT id, prefs->'tags'->0 FROM customers;
SELECT id, prefs->'level' FROM customers;
SELECT id FROM customers WHERE prefs->>'theme' = 'dark';
SELECT id FROM customers WHERE prefs->>'lang' IS NULL;
SELECT id FROM customers WHERE prefs ? 'lang';
SELECT id FROM customers WHERE NOT (prefs ? 'tags');
SELECT id FROM customers WHERE prefs->'notify' ? 'sms';
SELECT id FROM customers WHERE (prefs->>'level')::int >= 3;
SELECT id, (prefs->>'level')::int * 10 AS lvl FROM customers;
SELECT prefs->>'theme' AS theme, count(*) FROM customers GROUP BY prefs->>'theme';
SELECT prefs->'notify'->>'email' AS e, count(*) FROM customers GROUP BY 1;
SELECT id, prefs->>'missing', prefs->'missing' FROM customers;
SELECT id, tags->>0 AS first_tag FROM products;
SELECT id FROM products WHERE tags->>1 = 'sale';
SELECT id, name FROM products WHERE tags->>0 ILIKE 'books';
SELECT id, prefs->'notify'->>'email' = 'true' AS flag FROM customers;
SELECT id FROM customers WHERE prefs->>'theme' IN ('dark', 'blue') ORDER BY id;

-- ============================================================ parameters
-- params: 7
SELECT id, name FROM customers WHERE id = ?;
-- params: 'Paris'
SELECT id FROM customers WHERE city = ?;
-- params: 30, 50
SELECT id FROM customers WHERE age BETWEEN ? AND ?;
-- params: 'A%'
SELECT id FROM customers WHERE name LIKE ?;
-- params: 40, 'Oslo'
SELECT id FROM customers WHERE age > ? OR city = ?;
-- params: 100.50
SELECT id FROM customers WHERE balance > ?;
-- params: 5
SELECT id, age + ? FROM customers;
-- params: 3
SELECT customer_id, count(*) FROM orders GROUP BY customer_id HAVING count(*) > ?;
-- params: 'paid', 4
SELECT id FROM orders WHERE status = ? AND quantity >= ?;
-- params: 2
SELECT id FROM customers ORDER BY id LIMIT ?;
-- params: 'dark'
SELECT id FROM customers WHERE prefs->>'theme' = ?;
-- params: 'theme'
SELECT id, prefs->>? FROM customers;
-- params: true
SELECT id FROM customers WHERE active = ?;
-- params: 10
SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.quantity > ? - 2);
-- params: 'x'
SELECT ? || name FROM customers;
-- params: 45
SELECT id, CASE WHEN age > ? THEN 'old' ELSE 'young' END FROM customers;
-- params: 1, 2, 3
SELECT id FROM customers WHERE id IN (?, ?, ?);
-- params: null
SELECT id FROM customers WHERE age = ?;
-- params: 25
SELECT id FROM customers WHERE coalesce(age, 0) > ?;
