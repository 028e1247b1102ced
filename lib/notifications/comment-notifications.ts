import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { mapComments, memberships, notifications } from "@/db/schema";

/** How much of a comment a notification quotes. */
export const EXCERPT_LENGTH = 160;

export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/**
 * Tells the people a comment concerns, inside the transaction that writes it:
 * - each member newly @mentioned in it ("mention");
 * - for a new comment, everyone who wrote in the card's thread or was mentioned there
 *   before ("reply"), unless this comment mentions them already.
 * Never the writer, and only people who are members of the workspace now.
 * Returns the ids of the notifications made (for the e-mail job).
 */
export async function notifyAboutComment(
  db: DbOrTx,
  args: {
    workspaceId: string;
    mapId: string;
    cardId: string;
    commentId: string;
    actorId: string;
    body: string;
    /** Members mentioned in this comment who were not mentioned in it before. */
    newMentions: string[];
    /** A new comment (not an edit): the thread hears of it. */
    isNew: boolean;
  },
): Promise<string[]> {
  const mentioned = new Set(args.newMentions.filter((id) => id !== args.actorId));
  const participants = new Set<string>();
  if (args.isNew) {
    const thread = await db
      .select({ authorId: mapComments.authorId, mentions: mapComments.mentions })
      .from(mapComments)
      .where(
        and(
          eq(mapComments.workspaceId, args.workspaceId),
          eq(mapComments.mapId, args.mapId),
          eq(mapComments.cardId, args.cardId),
          ne(mapComments.id, args.commentId),
          isNull(mapComments.deletedAt),
        ),
      );
    for (const c of thread) {
      if (c.authorId) participants.add(c.authorId);
      for (const id of c.mentions) participants.add(id);
    }
  }
  participants.delete(args.actorId);
  for (const id of mentioned) participants.delete(id);
  const candidates = [...mentioned, ...participants];
  if (candidates.length === 0) return [];
  const members = new Set(
    (
      await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, args.workspaceId), inArray(memberships.userId, candidates)))
    ).map((m) => m.userId),
  );
  const rows = candidates
    .filter((userId) => members.has(userId))
    .map((userId) => ({
      workspaceId: args.workspaceId,
      userId,
      kind: mentioned.has(userId) ? ("mention" as const) : ("reply" as const),
      actorId: args.actorId,
      mapId: args.mapId,
      cardId: args.cardId,
      commentId: args.commentId,
      excerpt: excerptOf(args.body),
    }));
  if (rows.length === 0) return [];
  const made = await db.insert(notifications).values(rows).returning({ id: notifications.id });
  return made.map((r) => r.id);
}
