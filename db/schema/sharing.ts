import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { journeyMaps } from "./maps";
import { workspaces } from "./workspaces";

/**
 * A read-only link to one map for people outside the workspace. The token is kept so the
 * link can be copied again (it opens no more than a member could already read); a
 * password, when set, is stored as an argon2 hash. Revoking keeps the row for the record.
 */
export const mapShareLinks = pgTable(
  "map_share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    token: text("token").notNull().unique(),
    /** Also show the map's dashboard (figures only: no comments, names or responses). */
    includeDashboard: boolean("include_dashboard").notNull().default(false),
    passwordHash: text("password_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    viewCount: integer("view_count").notNull().default(0),
    lastViewedAt: timestamp("last_viewed_at", { withTimezone: true }),
  },
  (t) => [index("map_share_links_map").on(t.mapId, t.createdAt)],
);
export type MapShareLink = typeof mapShareLinks.$inferSelect;
