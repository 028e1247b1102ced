import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { invitations } from "@/db/schema";

/** One invitation of the workspace that is still pending (neither accepted nor revoked). */
export function pendingInvitation(workspaceId: string, invitationId: string): SQL {
  return and(
    eq(invitations.id, invitationId),
    eq(invitations.workspaceId, workspaceId),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
  )!;
}
