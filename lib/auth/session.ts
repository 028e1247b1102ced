import "server-only";
import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { auth } from "./config";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  locale: string | null;
  avatarColour: string | null;
  /** The server-side session this request runs in (lib/auth/user-sessions.ts). */
  sessionId: string;
  /** How that session signed in: "credentials", "oidc", … (null for sessions older than the column). */
  authMethod: string | null;
};

/**
 * The signed-in user as the database knows them, or null. Auth.js's `jwt` callback has
 * already checked that the session row is live, so a signed-out cookie gets null here;
 * a deleted user's token is worthless too.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, avatarColour: users.avatarColour, authMethod: sessions.authMethod })
    .from(users)
    .leftJoin(sessions, and(eq(sessions.sessionToken, sessionId), eq(sessions.userId, users.id)))
    .where(eq(users.id, id))
    .limit(1);
  return user ? { ...user, sessionId } : null;
}

export async function getCurrentUserId(): Promise<string | null> {
  return (await getCurrentUser())?.id ?? null;
}

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
