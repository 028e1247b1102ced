import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { userColor } from "./collab-token";
import type { ConnectionIdentity } from "./presence-guard";

/** How a user appears in a map's presence, from the database: the same as their ticket says. */
export async function loadConnectionIdentity(userId: string): Promise<ConnectionIdentity> {
  const [user] = await getDb().select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return { id: userId, name: user?.name || user?.email || "", color: userColor(userId) };
}
