ALTER TABLE accounts ADD COLUMN email TEXT;
UPDATE accounts SET email = 'alice@example.com' WHERE id = 1;
