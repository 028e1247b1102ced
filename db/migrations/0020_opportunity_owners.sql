CREATE TABLE "map_opportunities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"map_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"owner_id" text,
	"status" text NOT NULL,
	"due_date" text,
	"position" integer NOT NULL,
	"due_notified_at" timestamp with time zone,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
ALTER TABLE "review_actions" ADD COLUMN "opportunity_id" uuid;--> statement-breakpoint
ALTER TABLE "map_opportunities" ADD CONSTRAINT "map_opportunities_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_opportunities" ADD CONSTRAINT "map_opportunities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "map_opportunities_map" ON "map_opportunities" USING btree ("map_id");--> statement-breakpoint
CREATE INDEX "map_opportunities_owner" ON "map_opportunities" USING btree ("owner_id","workspace_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('mention', 'reply', 'action_assigned', 'action_due', 'alert_fired', 'opportunity_assigned', 'opportunity_due'));