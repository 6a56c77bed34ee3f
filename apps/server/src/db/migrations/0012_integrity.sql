CREATE TABLE "integrity_alarms" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"agency_id" uuid,
	"details" jsonb NOT NULL,
	"problem" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_detected_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "integrity_scrub_state" (
	"name" text PRIMARY KEY NOT NULL,
	"pass_started_at" timestamp with time zone,
	"cursor" text,
	"objects_checked" integer DEFAULT 0 NOT NULL,
	"bytes_checked" bigint DEFAULT 0 NOT NULL,
	"objects_failed" integer DEFAULT 0 NOT NULL,
	"last_pass_started_at" timestamp with time zone,
	"last_pass_finished_at" timestamp with time zone,
	"last_pass_objects" integer,
	"last_pass_bytes" bigint,
	"last_pass_failed" integer,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integrity_alarms" ADD CONSTRAINT "integrity_alarms_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_alarms_subject_key" ON "integrity_alarms" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "integrity_alarms_open_idx" ON "integrity_alarms" USING btree ("cleared_at");