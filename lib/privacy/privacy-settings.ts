import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { ZPrivacySettingsInput } from "./schemas";

export type PrivacySettings = { retentionMonths: number | null; retentionMode: "anonymise" | "delete"; consentText: string | null };

export async function loadPrivacySettings(workspaceId: string): Promise<PrivacySettings> {
  const [row] = await getDb()
    .select({ retentionMonths: workspaces.retentionMonths, retentionMode: workspaces.retentionMode, consentText: workspaces.consentText })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  return row ?? { retentionMonths: null, retentionMode: "anonymise", consentText: null };
}

/** How the audit log words a retention choice ("12 months, anonymise" or "no limit"). */
export const describeRetention = (s: Pick<PrivacySettings, "retentionMonths" | "retentionMode">) =>
  s.retentionMonths === null ? "no limit" : `${s.retentionMonths} months, ${s.retentionMode}`;

/** Admins choose how long raw feedback is kept and what the public form's consent line says. */
export const updatePrivacySettings = workspaceOperation({
  permission: "workspace.update",
  input: ZPrivacySettingsInput,
  handler: async (ctx: WorkspaceContext, input) =>
    getDb().transaction(async (tx) => {
      const before = await loadPrivacySettings(ctx.workspaceId);
      await tx.update(workspaces).set(input).where(eq(workspaces.id, ctx.workspaceId));
      if (describeRetention(before) !== describeRetention(input) || before.consentText !== input.consentText) {
        await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "workspace.privacy_changed", details: { to: describeRetention(input) } });
      }
      return input;
    }),
});
