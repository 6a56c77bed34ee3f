-- Originals are never changed or removed (000 第十七条, 002 第八条(三), 003 第三十一条,
-- 004 第十九条). `liuhen_make_append_only(table)` is the helper every module calls in its
-- own migration for its originals tables: afterwards the database itself refuses UPDATE,
-- DELETE and TRUNCATE on them, whatever the application does.
CREATE FUNCTION liuhen_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION liuhen_make_append_only(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION liuhen_refuse_change()',
    'append_only_rows', target);
  EXECUTE format(
    'CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION liuhen_refuse_change()',
    'append_only_truncate', target);
END;
$$;
--> statement-breakpoint
SELECT liuhen_make_append_only('ledger_logs');
--> statement-breakpoint
SELECT liuhen_make_append_only('ledger_entries');
--> statement-breakpoint
SELECT liuhen_make_append_only('ledger_nodes');
--> statement-breakpoint
SELECT liuhen_make_append_only('ledger_keys');
--> statement-breakpoint
SELECT liuhen_make_append_only('ledger_checkpoints');
