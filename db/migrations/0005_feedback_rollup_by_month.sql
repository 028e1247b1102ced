CREATE TYPE "public"."feedback_rollup_grain" AS ENUM('day', 'month');--> statement-breakpoint
CREATE TABLE "feedback_rollup" (
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"grain" "feedback_rollup_grain" NOT NULL,
	"period_start" date NOT NULL,
	"responses" integer NOT NULL,
	"csat_count" integer NOT NULL,
	"csat_satisfied" integer NOT NULL,
	"csat_sum" integer NOT NULL,
	"nps_count" integer NOT NULL,
	"nps_promoters" integer NOT NULL,
	"nps_detractors" integer NOT NULL,
	"ces_count" integer NOT NULL,
	"ces_sum" integer NOT NULL,
	CONSTRAINT "feedback_rollup_touchpoint_id_grain_period_start_pk" PRIMARY KEY("touchpoint_id","grain","period_start")
);
--> statement-breakpoint
ALTER TABLE "feedback_rollup" ADD CONSTRAINT "feedback_rollup_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_rollup_workspace_period" ON "feedback_rollup" USING btree ("workspace_id","grain","period_start");--> statement-breakpoint
CREATE INDEX "feedback_rollup_map_period" ON "feedback_rollup" USING btree ("workspace_id","map_id","grain","period_start");--> statement-breakpoint
CREATE INDEX "feedback_rollup_empty" ON "feedback_rollup" USING btree ("touchpoint_id") WHERE "feedback_rollup"."responses" <= 0;