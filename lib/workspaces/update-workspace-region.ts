import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { ZWorkspaceRegionInput } from "./schemas";

/**
 * Sets the workspace's language and time zone. A new time zone moves every response to
 * the day, month and quarter it fell on there: a trigger rebuilds the dashboard rollup in
 * this same transaction (migration 0004), so figures never mix two zones.
 */
export const updateWorkspaceRegion = workspaceOperation({
  permission: "workspace.update",
  input: ZWorkspaceRegionInput,
  handler: async (ctx, input) => {
    try {
      return await getDb().transaction(async (tx) => {
        // Read under lock so the audit trail's "from" is what this change replaced.
        const [before] = await tx
          .select({ locale: workspaces.locale, timeZone: workspaces.timeZone })
          .from(workspaces)
          .where(eq(workspaces.id, ctx.workspaceId))
          .for("update");
        if (before!.locale === input.locale && before!.timeZone === input.timeZone) return { ...input, changed: false };
        await tx.update(workspaces).set({ locale: input.locale, timeZone: input.timeZone }).where(eq(workspaces.id, ctx.workspaceId));
        await recordAuditEvent(tx, {
          workspaceId: ctx.workspaceId,
          actorId: ctx.userId,
          action: "workspace.region_changed",
          details: { from: `${before!.locale}, ${before!.timeZone}`, to: `${input.locale}, ${input.timeZone}` },
        });
        return { ...input, changed: true };
      });
    } catch (error) {
      // The runtime's zone list and the database's can differ; the database has the last word.
      if (hasPgCode(error, "22023")) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { timeZone: ["INVALID_TIME_ZONE"] });
      throw error;
    }
  },
});

function hasPgCode(error: unknown, code: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === code) return true;
  }
  return false;
}
