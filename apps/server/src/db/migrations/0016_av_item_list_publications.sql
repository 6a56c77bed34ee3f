CREATE TABLE "av_item_list_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"profile_id" text NOT NULL,
	"profile_version" integer,
	"list" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"published_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "av_item_list_publications" ADD CONSTRAINT "av_item_list_publications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "av_item_list_publications" ADD CONSTRAINT "av_item_list_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "av_item_list_publications_agency_idx" ON "av_item_list_publications" USING btree ("agency_id","created_at");--> statement-breakpoint
-- What was made public stays as it was published: never changed or removed.
SELECT liuhen_make_append_only('av_item_list_publications');
