CREATE TABLE "record_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"role" text NOT NULL,
	"signer_name" text NOT NULL,
	"method" text NOT NULL,
	"evidence_object_id" uuid NOT NULL,
	"supersedes_id" uuid,
	"captured_by" uuid NOT NULL,
	"captured_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "record_signatures" ADD CONSTRAINT "record_signatures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_signatures" ADD CONSTRAINT "record_signatures_record_id_case_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."case_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_signatures" ADD CONSTRAINT "record_signatures_evidence_object_id_evidence_objects_id_fk" FOREIGN KEY ("evidence_object_id") REFERENCES "public"."evidence_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_signatures" ADD CONSTRAINT "record_signatures_captured_by_users_id_fk" FOREIGN KEY ("captured_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_signatures" ADD CONSTRAINT "record_signatures_supersedes_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."record_signatures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_signatures_record_idx" ON "record_signatures" USING btree ("record_id","captured_at");--> statement-breakpoint
CREATE UNIQUE INDEX "record_signatures_supersedes_key" ON "record_signatures" USING btree ("supersedes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "record_signatures_first_key" ON "record_signatures" USING btree ("record_id","role") WHERE "record_signatures"."supersedes_id" is null;--> statement-breakpoint
-- A signature, once taken, is kept as taken (0003_append_only.sql): signing again adds a
-- row that supersedes the last one.
SELECT liuhen_make_append_only('record_signatures');
