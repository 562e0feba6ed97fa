/* Seed rows. The semicolons inside the literals and in this comment; must not split statements. */
INSERT INTO accounts (id, name, balance) VALUES (1, 'alice; the first', 10.50);
INSERT INTO accounts (id, name, balance) VALUES (2, $$bob's; account$$, 20.00); -- trailing comment;
INSERT INTO accounts (id, name, balance) VALUES (3, $tag$carol $$ ; $tag$, 30.25);
