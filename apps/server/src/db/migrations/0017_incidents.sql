CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"description" text,
	"registered_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD COLUMN "incident_id" uuid;--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD COLUMN "stored_name" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_agency_name_key" ON "incidents" USING btree ("agency_id","name");--> statement-breakpoint
CREATE INDEX "incidents_agency_registered_idx" ON "incidents" USING btree ("agency_id","created_at");--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD CONSTRAINT "imported_file_placements_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_file_placements_incident_idx" ON "imported_file_placements" USING btree ("incident_id");--> statement-breakpoint
ALTER TABLE "imported_file_placements" ADD CONSTRAINT "imported_file_placements_incident_kind" CHECK (("imported_file_placements"."incident_id" is not null) = ("imported_file_placements"."kind" = 'incident') and ("imported_file_placements"."stored_name" is not null) = ("imported_file_placements"."kind" = 'incident'));--> statement-breakpoint
-- An incident's name labels the recordings placed on it (004 第十八条): never rewritten.
SELECT liuhen_make_append_only('incidents');
