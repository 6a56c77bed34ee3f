CREATE TABLE "av_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"av_record_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"evidence_object_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stage" text NOT NULL,
	"situations" text[] NOT NULL,
	"record_id" uuid,
	"name" text NOT NULL,
	"sequence" integer NOT NULL,
	"content" text NOT NULL,
	"maker_id" uuid NOT NULL,
	"device_serial" text,
	"recording_started_at" timestamp with time zone NOT NULL,
	"recording_ended_at" timestamp with time zone NOT NULL,
	"returned_to_unit_at" timestamp with time zone,
	"place" text NOT NULL,
	"persons_present" jsonb NOT NULL,
	"announcement_made" boolean NOT NULL,
	"interruptions" jsonb NOT NULL,
	"used_as_evidence" boolean NOT NULL,
	"evidence_note_record_id" uuid,
	"supersedes_id" uuid,
	"amendment_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "av_records_amendment_has_reason" CHECK (("av_records"."supersedes_id" is null) = ("av_records"."amendment_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "evidence_objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"sm3" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"media_type" text NOT NULL,
	"original_name" text NOT NULL,
	"source" text NOT NULL,
	"media" jsonb,
	"stored_by" uuid NOT NULL,
	"stored_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"length_bytes" bigint NOT NULL,
	"durable_offset" bigint DEFAULT 0 NOT NULL,
	"metadata" jsonb NOT NULL,
	"declared_algorithm" text NOT NULL,
	"declared_digest" text NOT NULL,
	"status" text NOT NULL,
	"rejection_type" text,
	"rejection_detail" text,
	"evidence_object_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_evidence_object_id_evidence_objects_id_fk" FOREIGN KEY ("evidence_object_id") REFERENCES "public"."evidence_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_record_id_case_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."case_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_maker_id_users_id_fk" FOREIGN KEY ("maker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_evidence_note_record_id_case_records_id_fk" FOREIGN KEY ("evidence_note_record_id") REFERENCES "public"."case_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_records" ADD CONSTRAINT "av_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_objects" ADD CONSTRAINT "evidence_objects_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_objects" ADD CONSTRAINT "evidence_objects_stored_by_users_id_fk" FOREIGN KEY ("stored_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_evidence_object_id_evidence_objects_id_fk" FOREIGN KEY ("evidence_object_id") REFERENCES "public"."evidence_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "av_records_case_idx" ON "av_records" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "av_records_object_idx" ON "av_records" USING btree ("evidence_object_id");--> statement-breakpoint
CREATE UNIQUE INDEX "av_records_supersedes_key" ON "av_records" USING btree ("supersedes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_objects_agency_sha256_key" ON "evidence_objects" USING btree ("agency_id","sha256");--> statement-breakpoint
CREATE INDEX "evidence_objects_sm3_idx" ON "evidence_objects" USING btree ("sm3");--> statement-breakpoint
CREATE INDEX "uploads_agency_status_idx" ON "uploads" USING btree ("agency_id","status");--> statement-breakpoint
-- What the store received and what a recording shows are originals: never changed, never
-- deleted (004 第十九条 不得剪切、删改原始音像资料). An amendment is a new av_records row.
SELECT liuhen_make_append_only('evidence_objects');
--> statement-breakpoint
SELECT liuhen_make_append_only('av_records');
