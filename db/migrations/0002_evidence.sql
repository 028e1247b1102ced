CREATE TYPE "public"."api_key_access" AS ENUM('read', 'write');--> statement-breakpoint
CREATE TYPE "public"."feedback_import_status" AS ENUM('open', 'committed', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."feedback_source" AS ENUM('form', 'csv', 'api');--> statement-breakpoint
CREATE TYPE "public"."kpi_direction" AS ENUM('higher', 'lower');--> statement-breakpoint
CREATE TYPE "public"."kpi_period_kind" AS ENUM('month', 'quarter');--> statement-breakpoint
CREATE TYPE "public"."kpi_value_source" AS ENUM('manual', 'csv');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"access" "api_key_access" DEFAULT 'write' NOT NULL,
	"created_by_id" text,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "feedback_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"public_token" text NOT NULL,
	"asks_csat" boolean DEFAULT true NOT NULL,
	"asks_nps" boolean DEFAULT false NOT NULL,
	"asks_ces" boolean DEFAULT false NOT NULL,
	"asks_comment" boolean DEFAULT true NOT NULL,
	"paused_at" timestamp with time zone,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone,
	CONSTRAINT "feedback_forms_public_token_unique" UNIQUE("public_token"),
	CONSTRAINT "feedback_forms_asks_something" CHECK ("feedback_forms"."asks_csat" OR "feedback_forms"."asks_nps" OR "feedback_forms"."asks_ces" OR "feedback_forms"."asks_comment")
);
--> statement-breakpoint
CREATE TABLE "feedback_import_rejections" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"values" jsonb NOT NULL,
	"reasons" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"csat" smallint,
	"nps" smallint,
	"ces" smallint,
	"comment" text,
	"channel" text,
	"respondent_key" text,
	"responded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"created_by_id" text,
	"file_name" text DEFAULT '' NOT NULL,
	"status" "feedback_import_status" DEFAULT 'open' NOT NULL,
	"staged_rows" integer DEFAULT 0 NOT NULL,
	"rejected_rows" integer DEFAULT 0 NOT NULL,
	"imported_rows" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"csat" smallint,
	"nps" smallint,
	"ces" smallint,
	"comment" text,
	"channel" text,
	"respondent_key" text,
	"responded_at" timestamp with time zone NOT NULL,
	"source" "feedback_source" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_responses_csat_range" CHECK ("feedback_responses"."csat" BETWEEN 1 AND 5),
	CONSTRAINT "feedback_responses_nps_range" CHECK ("feedback_responses"."nps" BETWEEN 0 AND 10),
	CONSTRAINT "feedback_responses_ces_range" CHECK ("feedback_responses"."ces" BETWEEN 1 AND 7),
	CONSTRAINT "feedback_responses_comment_length" CHECK (char_length("feedback_responses"."comment") <= 2000),
	CONSTRAINT "feedback_responses_has_answer" CHECK ("feedback_responses"."csat" IS NOT NULL OR "feedback_responses"."nps" IS NOT NULL OR "feedback_responses"."ces" IS NOT NULL OR "feedback_responses"."comment" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "kpi_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"value" numeric NOT NULL,
	"source" "kpi_value_source" DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"phase_id" uuid,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" "kpi_direction" NOT NULL,
	"target" numeric NOT NULL,
	"tolerance" numeric DEFAULT 0 NOT NULL,
	"period_kind" "kpi_period_kind" DEFAULT 'month' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpis_one_subject" CHECK (("kpis"."touchpoint_id" IS NULL) <> ("kpis"."phase_id" IS NULL)),
	CONSTRAINT "kpis_tolerance_not_negative" CHECK ("kpis"."tolerance" >= 0)
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_touchpoint_id_map_touchpoints_id_fk" FOREIGN KEY ("touchpoint_id") REFERENCES "public"."map_touchpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_import_rejections" ADD CONSTRAINT "feedback_import_rejections_import_id_feedback_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."feedback_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_import_rows" ADD CONSTRAINT "feedback_import_rows_import_id_feedback_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."feedback_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_imports" ADD CONSTRAINT "feedback_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_imports" ADD CONSTRAINT "feedback_imports_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_imports" ADD CONSTRAINT "feedback_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_touchpoint_id_map_touchpoints_id_fk" FOREIGN KEY ("touchpoint_id") REFERENCES "public"."map_touchpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_values" ADD CONSTRAINT "kpi_values_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_values" ADD CONSTRAINT "kpi_values_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_touchpoint_id_map_touchpoints_id_fk" FOREIGN KEY ("touchpoint_id") REFERENCES "public"."map_touchpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_phase_id_map_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."map_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_workspace" ON "api_keys" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_forms_touchpoint" ON "feedback_forms" USING btree ("touchpoint_id");--> statement-breakpoint
CREATE INDEX "feedback_forms_workspace_map" ON "feedback_forms" USING btree ("workspace_id","map_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_import_rejections_row" ON "feedback_import_rejections" USING btree ("import_id","row_number");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_import_rows_row" ON "feedback_import_rows" USING btree ("import_id","row_number");--> statement-breakpoint
CREATE INDEX "feedback_imports_workspace" ON "feedback_imports" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_responses_touchpoint_time" ON "feedback_responses" USING btree ("workspace_id","touchpoint_id","responded_at");--> statement-breakpoint
CREATE INDEX "feedback_responses_map_time" ON "feedback_responses" USING btree ("workspace_id","map_id","responded_at");--> statement-breakpoint
CREATE INDEX "feedback_responses_workspace_time" ON "feedback_responses" USING btree ("workspace_id","responded_at","id");--> statement-breakpoint
CREATE INDEX "feedback_responses_respondent" ON "feedback_responses" USING btree ("workspace_id","respondent_key") WHERE "feedback_responses"."respondent_key" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_values_kpi_period" ON "kpi_values" USING btree ("kpi_id","period_start");--> statement-breakpoint
CREATE INDEX "kpis_workspace_map" ON "kpis" USING btree ("workspace_id","map_id");--> statement-breakpoint
CREATE INDEX "kpis_touchpoint" ON "kpis" USING btree ("touchpoint_id");--> statement-breakpoint
CREATE INDEX "kpis_phase" ON "kpis" USING btree ("phase_id");