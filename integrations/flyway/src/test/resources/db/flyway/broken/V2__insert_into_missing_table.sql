INSERT INTO accounts (id, name) VALUES (1, 'kept: the statement before the failure ran');
INSERT INTO no_such_table (id) VALUES (1);
