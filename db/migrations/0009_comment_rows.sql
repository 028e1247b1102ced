CREATE TABLE "map_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"mentions" text[] DEFAULT '{}'::text[] NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "map_comments_body_length" CHECK (char_length("map_comments"."body") between 1 and 5000)
);
--> statement-breakpoint
-- Existing maps keep null (their document may hold comments to move); new maps get now().
ALTER TABLE "journey_maps" ADD COLUMN "comments_moved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journey_maps" ALTER COLUMN "comments_moved_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "map_comments" ADD CONSTRAINT "map_comments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_comments" ADD CONSTRAINT "map_comments_map_id_journey_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."journey_maps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_comments" ADD CONSTRAINT "map_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_comments" ADD CONSTRAINT "map_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "map_comments_map" ON "map_comments" USING btree ("map_id","created_at");