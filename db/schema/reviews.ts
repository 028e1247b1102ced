import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { journeyMaps } from "./maps";
import { workspaces } from "./workspaces";

/** The same four steps as an opportunity card on the map (lib/journey/map-vocabulary.ts). */
export const REVIEW_ACTION_STATUSES = ["idea", "planned", "doing", "done"] as const;
export const reviewActionStatusEnum = pgEnum("review_action_status", REVIEW_ACTION_STATUSES);

/**
 * One quarterly review of one map. The row is created the first time someone records
 * something for the quarter (notes, an action, a snapshot); its created_at is when the
 * map counts as reviewed for the reminder.
 */
export const mapReviews = pgTable(
  "map_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    /** "2026-Q2": the quarter in the workspace's time zone. */
    quarter: text("quarter").notNull(),
    notes: text("notes").notNull().default(""),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedById: text("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("map_reviews_map_quarter").on(t.mapId, t.quarter),
    index("map_reviews_workspace_map").on(t.workspaceId, t.mapId, t.createdAt),
    check("map_reviews_quarter_format", sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
    // 20000 = REVIEW_NOTES_MAX in lib/reviews/schemas.ts
    check("map_reviews_notes_length", sql`char_length(${t.notes}) <= 20000`),
  ],
);
export type MapReview = typeof mapReviews.$inferSelect;

/** An action agreed at a review; it stays open (listed at later reviews) until done. */
export const reviewActions = pgTable(
  "review_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    reviewId: uuid("review_id").notNull().references(() => mapReviews.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** The member who owns the action; null: nobody (yet). */
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * An owner typed as free text before owners were members, that matched no member's
     * name or e-mail: shown as "unassigned: <text>" until someone picks a member.
     */
    owner: text("owner").notNull().default(""),
    status: reviewActionStatusEnum("status").notNull().default("idea"),
    dueDate: date("due_date", { mode: "string" }),
    /** The opportunity card (of this map) the action was made from, if any. */
    opportunityId: uuid("opportunity_id"),
    /** When the owner was told the due date passed; cleared when the due date or owner changes. */
    dueNotifiedAt: timestamp("due_notified_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("review_actions_review").on(t.reviewId),
    index("review_actions_workspace_map_status").on(t.workspaceId, t.mapId, t.status),
    index("review_actions_owner").on(t.ownerId, t.workspaceId),
  ],
);
export type ReviewAction = typeof reviewActions.$inferSelect;
