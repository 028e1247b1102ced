ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
ALTER TABLE "review_actions" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "review_actions" ADD COLUMN "due_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "review_action_id" uuid;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_review_action_id_review_actions_id_fk" FOREIGN KEY ("review_action_id") REFERENCES "public"."review_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_actions_owner" ON "review_actions" USING btree ("owner_id","workspace_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('mention', 'reply', 'action_assigned', 'action_due'));--> statement-breakpoint
-- Free-text owners become members where exactly one member of the action's workspace has
-- that name or e-mail (ignoring case and surrounding spaces); the rest stay as text and
-- show as "unassigned: <text>".
WITH matches AS (
	SELECT a.id AS action_id, min(u.id) AS user_id, count(DISTINCT u.id) AS n
	FROM "review_actions" a
	JOIN "memberships" m ON m.workspace_id = a.workspace_id
	JOIN "users" u ON u.id = m.user_id
	WHERE btrim(a.owner) <> ''
		AND (lower(btrim(a.owner)) = lower(btrim(coalesce(u.name, ''))) OR lower(btrim(a.owner)) = lower(u.email))
	GROUP BY a.id
)
UPDATE "review_actions" a SET owner_id = matches.user_id, owner = ''
FROM matches WHERE matches.action_id = a.id AND matches.n = 1;
