import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type * as Y from "yjs";
import { z } from "zod";
import { getDb } from "@/db/client";
import { journeyMaps, mapComments, memberships, users } from "@/db/schema";
import { clearLegacyComments, type LegacyComment, readLegacyComments } from "@/lib/journey/map-document";
import { COMMENT_BODY_MAX, COMMENT_MENTIONS_MAX } from "./schemas";

/** Origin of the transaction that empties the document's old comments collection. */
export const COMMENTS_MOVED = Symbol("comments-moved");

const ZUuid = z.uuid();
const isUuid = (v: unknown): v is string => typeof v === "string" && ZUuid.safeParse(v).success;

/** A document comment as a row, or null when it cannot be one (no card, no text). */
function toRow(c: LegacyComment) {
  if (!isUuid(c.id) || !isUuid(c.cardId)) return null;
  const body = typeof c.body === "string" ? c.body.trim().slice(0, COMMENT_BODY_MAX) : "";
  if (!body) return null;
  const created = typeof c.createdAt === "string" ? new Date(c.createdAt) : null;
  const createdAt = created && !Number.isNaN(created.getTime()) ? created : new Date();
  return {
    id: c.id.toLowerCase(),
    cardId: c.cardId.toLowerCase(),
    authorId: typeof c.authorId === "string" ? c.authorId : null,
    body,
    mentions: Array.isArray(c.mentions) ? c.mentions.filter((m): m is string => typeof m === "string").slice(0, COMMENT_MENTIONS_MAX) : [],
    createdAt,
    resolvedAt: c.resolved === true ? createdAt : null,
  };
}

/**
 * Moves the comments a map's document still holds (from before comments became rows)
 * into map_comments, once per map: authors and mentions are kept where they are still
 * users and members, the time written and resolved state too. The map is then marked,
 * so entries a client writes into the old collection later are never taken for comments.
 * Two servers opening the map at once insert the same ids; the second changes nothing.
 */
export async function moveDocumentComments(args: { workspaceId: string; mapId: string; doc: Y.Doc }): Promise<number> {
  const db = getDb();
  const [map] = await db
    .select({ movedAt: journeyMaps.commentsMovedAt })
    .from(journeyMaps)
    .where(and(eq(journeyMaps.id, args.mapId), eq(journeyMaps.workspaceId, args.workspaceId)))
    .limit(1);
  if (!map || map.movedAt) return 0;
  const rows = readLegacyComments(args.doc).map(toRow).filter((r) => r !== null);
  const moved = await db.transaction(async (tx) => {
    const claimed = await tx
      .update(journeyMaps)
      .set({ commentsMovedAt: sql`now()` })
      .where(and(eq(journeyMaps.id, args.mapId), isNull(journeyMaps.commentsMovedAt)))
      .returning({ id: journeyMaps.id });
    if (claimed.length === 0 || rows.length === 0) return 0;
    const userIds = [...new Set(rows.flatMap((r) => [...(r.authorId ? [r.authorId] : []), ...r.mentions]))];
    const known = userIds.length
      ? new Set((await tx.select({ id: users.id }).from(users).where(inArray(users.id, userIds))).map((u) => u.id))
      : new Set<string>();
    const members = userIds.length
      ? new Set(
          (
            await tx
              .select({ id: memberships.userId })
              .from(memberships)
              .where(and(eq(memberships.workspaceId, args.workspaceId), inArray(memberships.userId, userIds)))
          ).map((m) => m.id),
        )
      : new Set<string>();
    const inserted = await tx
      .insert(mapComments)
      .values(
        rows.map((r) => ({
          ...r,
          workspaceId: args.workspaceId,
          mapId: args.mapId,
          authorId: r.authorId && known.has(r.authorId) ? r.authorId : null,
          mentions: r.mentions.filter((m) => members.has(m)),
        })),
      )
      .onConflictDoNothing({ target: mapComments.id })
      .returning({ id: mapComments.id });
    return inserted.length;
  });
  clearLegacyComments(args.doc, COMMENTS_MOVED);
  return moved;
}
