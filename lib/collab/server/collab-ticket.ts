import "server-only";
import type { CollabTicket } from "@/lib/collab/shared/protocol";
import { signCollabToken } from "./collab-token";
import { presenceIdentity } from "./identity";
import { authorizeMapAccess } from "./map-access";

/**
 * What the editor needs to open a map's socket: a short-lived token, whether the user
 * may write, and how they appear to others. Runs the same map authorization as the
 * socket itself; the socket decides again on connect and does not trust `readOnly`.
 */
export async function issueCollabTicket(
  user: { id: string; name: string | null; email: string; sessionId: string } | null,
  mapId: string,
): Promise<CollabTicket> {
  const access = await authorizeMapAccess({ userId: user?.id, mapId });
  return {
    token: signCollabToken({ userId: access.userId, mapId, sessionId: user!.sessionId }),
    readOnly: access.readOnly,
    user: presenceIdentity(access.userId, user ?? undefined),
  };
}
