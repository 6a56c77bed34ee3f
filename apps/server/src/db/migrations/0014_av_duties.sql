ALTER TABLE "av_records" ADD COLUMN "away_reason" text;--> statement-breakpoint
ALTER TABLE "av_records" ADD COLUMN "storage_damage" jsonb;--> statement-breakpoint
ALTER TABLE "imported_files" ADD COLUMN "away_reason" text;--> statement-breakpoint
ALTER TABLE "imported_files" ADD COLUMN "camera_clock_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "imported_files" ADD COLUMN "station_clock_at" timestamp with time zone;