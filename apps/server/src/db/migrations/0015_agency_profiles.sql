CREATE TABLE "agency_profile_versions" (
	"profile_id" text NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"based_on" text NOT NULL,
	"profile" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_profile_versions_profile_id_version_pk" PRIMARY KEY("profile_id","version")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "profile_version" integer;--> statement-breakpoint
ALTER TABLE "agency_profile_versions" ADD CONSTRAINT "agency_profile_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_profile_versions" ADD CONSTRAINT "agency_profile_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_profile_versions_agency_idx" ON "agency_profile_versions" USING btree ("agency_id");--> statement-breakpoint
-- A saved version is what open cases are checked against: it is never changed or removed.
SELECT liuhen_make_append_only('agency_profile_versions');
--> statement-breakpoint
-- An agency with no profile chosen works under national law (issue 15: the national baseline
-- is the default), as a new agency does.
UPDATE "agencies" SET "profile_id" = 'national-baseline' WHERE "profile_id" IS NULL;
