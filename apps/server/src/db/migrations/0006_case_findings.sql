CREATE TABLE "case_findings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"severity" text NOT NULL,
	"stage" text NOT NULL,
	"subject_id" text,
	"due_at" timestamp with time zone,
	"message" text NOT NULL,
	"citations" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_findings" ADD CONSTRAINT "case_findings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_findings" ADD CONSTRAINT "case_findings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_findings" ADD CONSTRAINT "case_findings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_findings_case_idx" ON "case_findings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_findings_agency_severity_idx" ON "case_findings" USING btree ("agency_id","severity");--> statement-breakpoint
CREATE INDEX "case_findings_due_idx" ON "case_findings" USING btree ("due_at");