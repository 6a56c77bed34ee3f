-- A user who has acted is named by records and, from the ledger issue on, by ledger
-- entries: the account is deactivated, never deleted. The database itself refuses.
CREATE FUNCTION liuhen_refuse_user_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'users are never deleted; deactivate instead' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_never_deleted BEFORE DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION liuhen_refuse_user_delete();
