import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { userColor } from "./collab-token";
import type { ConnectionIdentity } from "./presence-guard";

/** How a user appears to others in a map: their name (else e-mail) and their stable colour. */
export function presenceIdentity(userId: string, user: { name: string | null; email: string } | undefined): ConnectionIdentity {
  return { id: userId, name: user?.name || user?.email || "", color: userColor(userId) };
}

/** The same identity loaded from the database, for a socket (the ticket shows the same). */
export async function loadConnectionIdentity(userId: string): Promise<ConnectionIdentity> {
  const [user] = await getDb().select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return presenceIdentity(userId, user);
}
