import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { mapComments } from "./comments";
import { journeyMaps } from "./maps";
import { reviewActions } from "./reviews";
import { workspaces } from "./workspaces";

/**
 * Why someone is told: mentioned in a comment, a new comment in a card's thread they take
 * part in, made owner of a review action or an opportunity, its due date passed, an
 * alert rule they made fired, or a map they made or follow is due for its quarterly review.
 */
export const NOTIFICATION_KINDS = ["mention", "reply", "action_assigned", "action_due", "alert_fired", "opportunity_assigned", "opportunity_due", "review_due"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One thing one member is told about, in one workspace. It names what it links to (a
 * card of a map, a comment), so the inbox opens the exact place; `excerpt` keeps a short
 * quote of what was said, as it read when the notification was made.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Who caused it; null once their account is gone. */
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    mapId: uuid("map_id").references(() => journeyMaps.id, { onDelete: "cascade" }),
    cardId: uuid("card_id"),
    commentId: uuid("comment_id").references(() => mapComments.id, { onDelete: "cascade" }),
    reviewActionId: uuid("review_action_id").references(() => reviewActions.id, { onDelete: "cascade" }),
    excerpt: text("excerpt").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** When it went out by e-mail (alone or in a digest); null while not (yet) sent. */
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_inbox").on(t.userId, t.workspaceId, t.createdAt),
    index("notifications_unread").on(t.userId, t.workspaceId).where(sql`${t.readAt} is null`),
    index("notifications_unsent").on(t.createdAt).where(sql`${t.emailedAt} is null and ${t.readAt} is null`),
    check("notifications_kind", sql`${t.kind} in ('mention', 'reply', 'action_assigned', 'action_due', 'alert_fired', 'opportunity_assigned', 'opportunity_due', 'review_due')`),
  ],
);
export type Notification = typeof notifications.$inferSelect;

/** How a user wants to hear of notifications by e-mail: each at once, one digest a day, or not at all. */
export const NOTIFICATION_EMAIL_MODES = ["immediate", "daily", "off"] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

/** A user's notification preferences; no row means the defaults (e-mail at once). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
    email: text("email", { enum: NOTIFICATION_EMAIL_MODES }).notNull().default("immediate"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("notification_preferences_email", sql`${t.email} in ('immediate', 'daily', 'off')`)],
);

/** Members who asked to hear when a map is due for its quarterly review (its maker hears anyway). */
export const mapFollowers = pgTable(
  "map_followers",
  {
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.mapId, t.userId] }), index("map_followers_user").on(t.userId)],
);
