CREATE TABLE "delivery_receipts" (
	"delivery_id" uuid PRIMARY KEY NOT NULL,
	"delivered_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "electronic_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"address" text NOT NULL,
	"consent" text NOT NULL,
	"token_sha256" text NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_receipts" ADD CONSTRAINT "delivery_receipts_delivery_id_electronic_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."electronic_deliveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electronic_deliveries" ADD CONSTRAINT "electronic_deliveries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electronic_deliveries" ADD CONSTRAINT "electronic_deliveries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electronic_deliveries" ADD CONSTRAINT "electronic_deliveries_document_id_issued_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electronic_deliveries" ADD CONSTRAINT "electronic_deliveries_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "electronic_deliveries_token_key" ON "electronic_deliveries" USING btree ("token_sha256");--> statement-breakpoint
CREATE INDEX "electronic_deliveries_document_idx" ON "electronic_deliveries" USING btree ("document_id","sent_at");--> statement-breakpoint
-- A service sent and its first opening are facts of the case file: kept as written.
SELECT liuhen_make_append_only('electronic_deliveries');--> statement-breakpoint
SELECT liuhen_make_append_only('delivery_receipts');
