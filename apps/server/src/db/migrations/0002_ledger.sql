CREATE TABLE "ledger_checkpoints" (
	"log_id" text NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" "bytea" NOT NULL,
	"note" "bytea" NOT NULL,
	"signature" "bytea" NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_checkpoints_log_id_tree_size_pk" PRIMARY KEY("log_id","tree_size")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"log_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"body" "bytea" NOT NULL,
	"leaf_hash" "bytea" NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"target" text,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_entries_log_id_seq_pk" PRIMARY KEY("log_id","seq")
);
--> statement-breakpoint
CREATE TABLE "ledger_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"algorithm" text NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_logs" (
	"log_id" text PRIMARY KEY NOT NULL,
	"agency_id" uuid,
	"hash_algorithm" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_nodes" (
	"log_id" text NOT NULL,
	"level" smallint NOT NULL,
	"idx" bigint NOT NULL,
	"hash" "bytea" NOT NULL,
	CONSTRAINT "ledger_nodes_log_id_level_idx_pk" PRIMARY KEY("log_id","level","idx")
);
--> statement-breakpoint
CREATE TABLE "ledger_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"log_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_scrubs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"entries_checked" bigint NOT NULL,
	"failed_log_id" text,
	"failed_seq" bigint,
	"message" text
);
--> statement-breakpoint
ALTER TABLE "ledger_checkpoints" ADD CONSTRAINT "ledger_checkpoints_log_id_ledger_logs_log_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."ledger_logs"("log_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_checkpoints" ADD CONSTRAINT "ledger_checkpoints_key_id_ledger_keys_key_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."ledger_keys"("key_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_log_id_ledger_logs_log_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."ledger_logs"("log_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_logs" ADD CONSTRAINT "ledger_logs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_nodes" ADD CONSTRAINT "ledger_nodes_log_id_ledger_logs_log_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."ledger_logs"("log_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_target_idx" ON "ledger_entries" USING btree ("target");--> statement-breakpoint
CREATE INDEX "ledger_entries_actor_idx" ON "ledger_entries" USING btree ("actor_id");