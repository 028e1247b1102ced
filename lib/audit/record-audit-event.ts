import "server-only";
import type { DbOrTx } from "@/db/client";
import { auditEvents, type AuditAction } from "@/db/schema";

/** Written inside the same transaction as the change it describes. */
export async function recordAuditEvent(
  db: DbOrTx,
  event: {
    workspaceId: string;
    actorId: string | null;
    action: AuditAction;
    targetUserId?: string | null;
    targetEmail?: string | null;
    details?: Record<string, string>;
  },
): Promise<void> {
  await db.insert(auditEvents).values({
    workspaceId: event.workspaceId,
    actorId: event.actorId,
    action: event.action,
    targetUserId: event.targetUserId ?? null,
    targetEmail: event.targetEmail ?? null,
    details: event.details ?? {},
  });
}
