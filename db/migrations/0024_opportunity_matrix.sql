ALTER TABLE "map_opportunities" ADD COLUMN "phase_id" uuid;--> statement-breakpoint
ALTER TABLE "map_opportunities" ADD COLUMN "customer_value" integer;--> statement-breakpoint
ALTER TABLE "map_opportunities" ADD COLUMN "effort" integer;--> statement-breakpoint
CREATE INDEX "map_opportunities_workspace" ON "map_opportunities" USING btree ("workspace_id");--> statement-breakpoint
ALTER TABLE "map_opportunities" ADD CONSTRAINT "map_opportunities_customer_value" CHECK ("map_opportunities"."customer_value" between 1 and 5);--> statement-breakpoint
ALTER TABLE "map_opportunities" ADD CONSTRAINT "map_opportunities_effort" CHECK ("map_opportunities"."effort" between 1 and 5);