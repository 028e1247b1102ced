CREATE TYPE "public"."review_action_status" AS ENUM('idea', 'planned', 'doing', 'done');--> statement-breakpoint
CREATE TABLE "feedback_daily_rollup" (
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"day" date NOT NULL,
	"responses" integer NOT NULL,
	"csat_count" integer NOT NULL,
	"csat_satisfied" integer NOT NULL,
	"csat_sum" integer NOT NULL,
	"nps_count" integer NOT NULL,
	"nps_promoters" integer NOT NULL,
	"nps_detractors" integer NOT NULL,
	"ces_count" integer NOT NULL,
	"ces_sum" integer NOT NULL,
	CONSTRAINT "feedback_daily_rollup_touchpoint_id_day_pk" PRIMARY KEY("touchpoint_id","day")
);
--> statement-breakpoint
CREATE TABLE "map_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by_id" text,
	"updated_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "map_reviews_quarter_format" CHECK ("map_reviews"."quarter" ~ '^[0-9]{4}-Q[1-4]$'),
	CONSTRAINT "map_reviews_notes_length" CHECK (char_length("map_reviews"."notes") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "review_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"status" "review_action_status" DEFAULT 'idea' NOT NULL,
	"due_date" date,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "map_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"name" text NOT NULL,
	"state" "bytea" NOT NULL,
	"review_id" uuid,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_daily_rollup" ADD CONSTRAINT "feedback_daily_rollup_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_reviews" ADD CONSTRAINT "map_reviews_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_reviews" ADD CONSTRAINT "map_reviews_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_reviews" ADD CONSTRAINT "map_reviews_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_reviews" ADD CONSTRAINT "map_reviews_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_review_id_map_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."map_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_snapshots" ADD CONSTRAINT "map_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_snapshots" ADD CONSTRAINT "map_snapshots_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_snapshots" ADD CONSTRAINT "map_snapshots_review_id_map_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."map_reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_snapshots" ADD CONSTRAINT "map_snapshots_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_daily_rollup_workspace_day" ON "feedback_daily_rollup" USING btree ("workspace_id","day");--> statement-breakpoint
CREATE INDEX "feedback_daily_rollup_map_day" ON "feedback_daily_rollup" USING btree ("workspace_id","map_id","day");--> statement-breakpoint
CREATE INDEX "feedback_daily_rollup_empty" ON "feedback_daily_rollup" USING btree ("touchpoint_id") WHERE "feedback_daily_rollup"."responses" <= 0;--> statement-breakpoint
CREATE UNIQUE INDEX "map_reviews_map_quarter" ON "map_reviews" USING btree ("map_id","quarter");--> statement-breakpoint
CREATE INDEX "map_reviews_workspace_map" ON "map_reviews" USING btree ("workspace_id","map_id","created_at");--> statement-breakpoint
CREATE INDEX "review_actions_review" ON "review_actions" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_actions_workspace_map_status" ON "review_actions" USING btree ("workspace_id","map_id","status");--> statement-breakpoint
CREATE INDEX "map_snapshots_workspace_map" ON "map_snapshots" USING btree ("workspace_id","map_id","created_at");