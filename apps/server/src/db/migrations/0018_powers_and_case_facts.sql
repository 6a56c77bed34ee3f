CREATE TABLE "power_versions" (
	"power_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"provision_violated" text NOT NULL,
	"provision_applied" text NOT NULL,
	"penalty_kinds" jsonb NOT NULL,
	"fine_min" bigint,
	"fine_max" bigint,
	"levels" jsonb NOT NULL,
	"withdrawn" boolean NOT NULL,
	"note" text,
	"sha256" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "power_versions_power_id_version_pk" PRIMARY KEY("power_id","version"),
	CONSTRAINT "power_versions_fine_range" CHECK (("power_versions"."fine_min" is null or "power_versions"."fine_min" >= 0) and ("power_versions"."fine_max" is null or "power_versions"."fine_max" >= 0) and ("power_versions"."fine_min" is null or "power_versions"."fine_max" is null or "power_versions"."fine_min" <= "power_versions"."fine_max"))
);
--> statement-breakpoint
CREATE TABLE "case_facts_versions" (
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_facts_versions_case_id_version_pk" PRIMARY KEY("case_id","version")
);
--> statement-breakpoint
ALTER TABLE "power_versions" ADD CONSTRAINT "power_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_versions" ADD CONSTRAINT "power_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_facts_versions" ADD CONSTRAINT "case_facts_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_facts_versions" ADD CONSTRAINT "case_facts_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_facts_versions" ADD CONSTRAINT "case_facts_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "power_versions_agency_idx" ON "power_versions" USING btree ("agency_id","power_id","version");--> statement-breakpoint
CREATE INDEX "case_facts_versions_agency_idx" ON "case_facts_versions" USING btree ("agency_id");--> statement-breakpoint
-- A case's facts name (power, version): a saved version is never changed or removed.
SELECT liuhen_make_append_only('power_versions');
--> statement-breakpoint
-- A document issued from a version of the facts keeps pointing at what it said.
SELECT liuhen_make_append_only('case_facts_versions');
