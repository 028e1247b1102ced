import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { journeyMaps } from "./maps";
import { workspaces } from "./workspaces";

/**
 * A comment on a card of a map. Rows, not part of the map's Yjs document: the author
 * comes from the session that wrote it, never from what a client put in the document.
 * `version` goes up with every change, so a client that hears of changes out of order
 * keeps the newest; a deleted comment stays as a row (deleted_at) for that reason.
 */
export const mapComments = pgTable(
  "map_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    /** A card id of the map's document; a comment on a deleted card shows again when the card is restored. */
    cardId: uuid("card_id").notNull(),
    /** Null once the author's account is gone: shown as "Deleted user". */
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** User ids of the members @mentioned in the body. */
    mentions: text("mentions").array().notNull().default(sql`'{}'::text[]`),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedById: text("resolved_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    version: bigint("version", { mode: "number" }).notNull().default(1),
  },
  (t) => [
    index("map_comments_map").on(t.mapId, t.createdAt),
    // 5000 = COMMENT_BODY_MAX in lib/comments/schemas.ts
    check("map_comments_body_length", sql`char_length(${t.body}) between 1 and 5000`),
  ],
);
export type MapComment = typeof mapComments.$inferSelect;
