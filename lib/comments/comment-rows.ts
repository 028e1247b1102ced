import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { mapComments, users } from "@/db/schema";
import type { CommentView } from "./schemas";

/** The columns a CommentView is made of; the author's name is read live, so a rename shows everywhere. */
const VIEW_COLUMNS = {
  id: mapComments.id,
  cardId: mapComments.cardId,
  authorId: mapComments.authorId,
  authorName: sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
  body: mapComments.body,
  mentions: mapComments.mentions,
  resolvedAt: mapComments.resolvedAt,
  createdAt: mapComments.createdAt,
  editedAt: mapComments.editedAt,
  deletedAt: mapComments.deletedAt,
  version: mapComments.version,
};

type ViewRow = {
  id: string;
  cardId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  mentions: string[];
  resolvedAt: Date | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  version: number;
};

function toView(row: ViewRow): CommentView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    cardId: row.cardId,
    authorId: row.authorId,
    authorName: row.authorId ? row.authorName : null,
    // A deleted comment travels only as a tombstone: its text stays on the server.
    body: deleted ? "" : row.body,
    mentions: deleted ? [] : row.mentions,
    resolved: row.resolvedAt !== null,
    createdAt: new Date(row.createdAt).toISOString(),
    editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
    deleted,
    version: Number(row.version),
  };
}

/** The map's comments that are not deleted, oldest first. */
export async function listMapComments(args: { workspaceId: string; mapId: string }, db: DbOrTx = getDb()): Promise<CommentView[]> {
  const rows = await db
    .select(VIEW_COLUMNS)
    .from(mapComments)
    .leftJoin(users, eq(users.id, mapComments.authorId))
    .where(and(eq(mapComments.workspaceId, args.workspaceId), eq(mapComments.mapId, args.mapId), isNull(mapComments.deletedAt)))
    .orderBy(asc(mapComments.createdAt), asc(mapComments.id));
  return rows.map(toView);
}

/** One comment of the map, deleted or not, or null. */
export async function getMapComment(
  args: { workspaceId: string; mapId: string; commentId: string },
  db: DbOrTx = getDb(),
): Promise<CommentView | null> {
  const [row] = await db
    .select(VIEW_COLUMNS)
    .from(mapComments)
    .leftJoin(users, eq(users.id, mapComments.authorId))
    .where(and(eq(mapComments.workspaceId, args.workspaceId), eq(mapComments.mapId, args.mapId), eq(mapComments.id, args.commentId)))
    .limit(1);
  return row ? toView(row) : null;
}
