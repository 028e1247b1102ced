import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { notifySessionsEnded } from "./sessions-ended";

/** How long a session lasts without use; every use pushes the end out again (sliding). */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
/** A session's row is renewed at most this often, so reading pages does not write on every request. */
const RENEW_AFTER_MS = 5 * 60 * 1000;

const expiresFrom = (now: number) => new Date(now + SESSION_MAX_AGE_SECONDS * 1000);

/** Opens a server-side session for a fresh sign-in; the id goes into the session JWT as `sid`. */
export async function createUserSession(args: { userId: string; userAgent?: string | null; ip?: string | null; authMethod?: string | null }): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  const db = getDb();
  // The user's sessions that ran out are forgotten here, so the table does not grow forever.
  await db.delete(sessions).where(and(eq(sessions.userId, args.userId), lt(sessions.expires, new Date())));
  await db
    .insert(sessions)
    .values({
      sessionToken,
      userId: args.userId,
      expires: expiresFrom(Date.now()),
      userAgent: args.userAgent?.slice(0, 400) ?? null,
      ip: args.ip ?? null,
      authMethod: args.authMethod ?? null,
    });
  return sessionToken;
}

/**
 * Whether the session is live and belongs to the user; renews it when it was last seen a
 * while ago. A revoked, expired or foreign session answers false.
 */
export async function isLiveSession(sessionId: string, userId: string, now = Date.now()): Promise<boolean> {
  const db = getDb();
  const [row] = await db
    .select({ lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.sessionToken, sessionId), eq(sessions.userId, userId), gt(sessions.expires, new Date(now))))
    .limit(1);
  if (!row) return false;
  if (now - row.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now), expires: expiresFrom(now) })
      .where(eq(sessions.sessionToken, sessionId));
  }
  return true;
}

export type SessionListItem = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
};

/** The user's live sessions: the current one first, then the most recently used. */
export async function listUserSessions(userId: string, currentSessionId: string | null): Promise<SessionListItem[]> {
  const rows = await getDb()
    .select({
      id: sessions.sessionToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expires, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows
    .map((row) => ({ ...row, current: row.id === currentSessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one session of the user's (their own only); its open sockets close. */
export async function endUserSession(userId: string, sessionId: string): Promise<boolean> {
  const ended = await getDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.sessionToken, sessionId)))
    .returning({ id: sessions.sessionToken });
  if (ended.length > 0) notifySessionsEnded({ userId, sessionIds: [sessionId] });
  return ended.length > 0;
}

/**
 * Ends every session of the user, or every one but `except` (a password change keeps the
 * browser that made it). Open sockets of the ended sessions close.
 */
export async function endAllUserSessions(userId: string, options: { except?: string | null } = {}): Promise<number> {
  const where = options.except
    ? and(eq(sessions.userId, userId), ne(sessions.sessionToken, options.except))
    : eq(sessions.userId, userId);
  const ended = await getDb().delete(sessions).where(where).returning({ id: sessions.sessionToken });
  if (ended.length > 0) notifySessionsEnded({ userId, sessionIds: ended.map((row) => row.id) });
  return ended.length;
}
