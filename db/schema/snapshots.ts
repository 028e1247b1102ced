import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bytea } from "./bytea";
import { journeyMaps } from "./maps";
import { mapReviews } from "./reviews";
import { workspaces } from "./workspaces";

/** A named, frozen copy of a map's whole Yjs state; lists never select `state`. */
export const mapSnapshots = pgTable(
  "map_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    state: bytea("state").notNull(),
    /** The review it was taken at, if any. */
    reviewId: uuid("review_id").references(() => mapReviews.id, { onDelete: "set null" }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("map_snapshots_workspace_map").on(t.workspaceId, t.mapId, t.createdAt)],
);
export type MapSnapshot = typeof mapSnapshots.$inferSelect;
