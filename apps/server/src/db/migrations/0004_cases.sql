CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_number_counters" (
	"agency_id" uuid NOT NULL,
	"category" text NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "case_number_counters_agency_id_category_year_pk" PRIMARY KEY("agency_id","category","year")
);
--> statement-breakpoint
CREATE TABLE "case_officers" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"certificate_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_officers_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "case_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"fields" jsonb NOT NULL,
	"signature" jsonb,
	"situations" text[] NOT NULL,
	"supersedes_id" uuid,
	"correction_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_records_correction_has_reason" CHECK (("case_records"."supersedes_id" is null) = ("case_records"."correction_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"profile_id" text NOT NULL,
	"case_number" text NOT NULL,
	"number_category" text NOT NULL,
	"number_year" integer NOT NULL,
	"number_sequence" integer NOT NULL,
	"name" text NOT NULL,
	"act_type" text NOT NULL,
	"procedure" text NOT NULL,
	"launch_mode" text NOT NULL,
	"stage" text NOT NULL,
	"major_decision" boolean DEFAULT false NOT NULL,
	"complainant_real_name" boolean,
	"parties" jsonb NOT NULL,
	"closed_in_error_at" timestamp with time zone,
	"closed_in_error_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "profile_id" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_number_counters" ADD CONSTRAINT "case_number_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_officers_user_idx" ON "case_officers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_records_case_idx" ON "case_records" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_records_supersedes_key" ON "case_records" USING btree ("supersedes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_number_key" ON "cases" USING btree ("agency_id","case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_sequence_key" ON "cases" USING btree ("agency_id","number_category","number_year","number_sequence");--> statement-breakpoint
CREATE INDEX "cases_agency_stage_idx" ON "cases" USING btree ("agency_id","stage");--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_supersedes_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."case_records"("id");
--> statement-breakpoint
-- Records are sealed when saved and events are history: neither is ever changed or removed
-- (000 第十七条, 002 第八条(三), 003 第三十一条). Officers are added, never taken off.
SELECT liuhen_make_append_only('case_records');
--> statement-breakpoint
SELECT liuhen_make_append_only('case_events');
--> statement-breakpoint
SELECT liuhen_make_append_only('case_officers');
--> statement-breakpoint
-- A case opened in error is closed with a reason, never deleted.
CREATE FUNCTION liuhen_refuse_case_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cases are never deleted; close them with a reason' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON "cases"
  FOR EACH ROW EXECUTE FUNCTION liuhen_refuse_case_delete();
