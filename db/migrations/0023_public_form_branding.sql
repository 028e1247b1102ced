CREATE TABLE "workspace_form_logos" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_form_logos_size" CHECK (octet_length("workspace_form_logos"."data") <= 262144)
);
--> statement-breakpoint
ALTER TABLE "feedback_responses" DROP CONSTRAINT "feedback_responses_has_answer";--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "form_display_name" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "form_accent_color" text;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD COLUMN "asks_follow_up" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD COLUMN "csat_question" text;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD COLUMN "nps_question" text;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD COLUMN "ces_question" text;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD COLUMN "comment_question" text;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD COLUMN "follow_up_question" text;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD COLUMN "follow_up" text;--> statement-breakpoint
ALTER TABLE "workspace_form_logos" ADD CONSTRAINT "workspace_form_logos_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_forms" ADD CONSTRAINT "feedback_forms_wording_length" CHECK (coalesce(char_length("feedback_forms"."csat_question"), 0) <= 200 AND coalesce(char_length("feedback_forms"."nps_question"), 0) <= 200 AND coalesce(char_length("feedback_forms"."ces_question"), 0) <= 200 AND coalesce(char_length("feedback_forms"."comment_question"), 0) <= 200 AND coalesce(char_length("feedback_forms"."follow_up_question"), 0) <= 200);--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_follow_up_length" CHECK (char_length("feedback_responses"."follow_up") <= 2000);--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_has_answer" CHECK ("feedback_responses"."csat" IS NOT NULL OR "feedback_responses"."nps" IS NOT NULL OR "feedback_responses"."ces" IS NOT NULL OR "feedback_responses"."comment" IS NOT NULL OR "feedback_responses"."follow_up" IS NOT NULL);