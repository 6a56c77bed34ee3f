CREATE TABLE "body_camera_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_camera_id" uuid NOT NULL,
	"holder_id" uuid,
	"from" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_cameras" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"serial" text NOT NULL,
	"model" text,
	"label" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imported_file_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"imported_file_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"dismissal" text,
	"basis" text NOT NULL,
	"reason" text,
	"candidate_case_ids" jsonb NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_file_placements_case_kind" CHECK (("imported_file_placements"."case_id" is not null) = ("imported_file_placements"."kind" in ('automatic', 'manual'))),
	CONSTRAINT "imported_file_placements_dismissal_kind" CHECK (("imported_file_placements"."dismissal" is not null) = ("imported_file_placements"."kind" = 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "imported_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"evidence_object_id" uuid NOT NULL,
	"device_serial" text NOT NULL,
	"body_camera_id" uuid,
	"holder_id" uuid,
	"original_path" text NOT NULL,
	"file_modified_at" timestamp with time zone,
	"captured_from" timestamp with time zone,
	"captured_until" timestamp with time zone,
	"imported_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_findings" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_findings" ALTER COLUMN "department_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_findings" ALTER COLUMN "stage" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_findings" ADD COLUMN "imported_file_id" uuid;--> statement-breakpoint
ALTER TABLE "body_camera_assignments" ADD CONSTRAINT "body_camera_assignments_body_camera_id_body_cameras_id_fk" FOREIGN KEY ("body_camera_id") REFERENCES "public"."body_cameras"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_camera_assignments" ADD CONSTRAINT "body_camera_assignments_holder_id_users_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_camera_assignments" ADD CONSTRAINT "body_camera_assignments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_cameras" ADD CONSTRAINT "body_cameras_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_cameras" ADD CONSTRAINT "body_cameras_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD CONSTRAINT "imported_file_placements_imported_file_id_imported_files_id_fk" FOREIGN KEY ("imported_file_id") REFERENCES "public"."imported_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD CONSTRAINT "imported_file_placements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD CONSTRAINT "imported_file_placements_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_files" ADD CONSTRAINT "imported_files_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_files" ADD CONSTRAINT "imported_files_evidence_object_id_evidence_objects_id_fk" FOREIGN KEY ("evidence_object_id") REFERENCES "public"."evidence_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_files" ADD CONSTRAINT "imported_files_body_camera_id_body_cameras_id_fk" FOREIGN KEY ("body_camera_id") REFERENCES "public"."body_cameras"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_files" ADD CONSTRAINT "imported_files_holder_id_users_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_files" ADD CONSTRAINT "imported_files_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_camera_assignments_camera_from_idx" ON "body_camera_assignments" USING btree ("body_camera_id","from");--> statement-breakpoint
CREATE UNIQUE INDEX "body_cameras_agency_serial_key" ON "body_cameras" USING btree ("agency_id","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_file_placements_sequence_key" ON "imported_file_placements" USING btree ("imported_file_id","sequence");--> statement-breakpoint
CREATE INDEX "imported_file_placements_case_idx" ON "imported_file_placements" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_files_agency_object_key" ON "imported_files" USING btree ("agency_id","evidence_object_id");--> statement-breakpoint
CREATE INDEX "imported_files_agency_imported_idx" ON "imported_files" USING btree ("agency_id","created_at");--> statement-breakpoint
ALTER TABLE "case_findings" ADD CONSTRAINT "case_findings_imported_file_id_imported_files_id_fk" FOREIGN KEY ("imported_file_id") REFERENCES "public"."imported_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_findings_imported_file_idx" ON "case_findings" USING btree ("imported_file_id");--> statement-breakpoint
ALTER TABLE "case_findings" ADD CONSTRAINT "case_findings_about_case_or_file" CHECK (("case_findings"."case_id" is null) <> ("case_findings"."imported_file_id" is null));--> statement-breakpoint
-- Who held a camera, what was docked and where it was put: the basis of every match, never rewritten.
SELECT liuhen_make_append_only('body_camera_assignments');--> statement-breakpoint
SELECT liuhen_make_append_only('imported_files');--> statement-breakpoint
SELECT liuhen_make_append_only('imported_file_placements');
