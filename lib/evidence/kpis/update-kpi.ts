import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { kpis, kpiValues } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { getKpiOrThrow } from "./get-kpi";
import { ZKpiRefInput, ZUpdateKpiInput } from "./schemas";

/**
 * Edits a KPI's definition. Its period kind may change only while it has no values:
 * monthly values do not silently become quarterly ones.
 */
export const updateKpi = workspaceOperation({
  permission: "evidence.write",
  input: ZUpdateKpiInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const kpi = await getKpiOrThrow({ workspaceId: ctx.workspaceId, kpiId: input.kpiId }, tx);
      if (kpi.periodKind !== input.periodKind) {
        const [value] = await tx.select({ id: kpiValues.id }).from(kpiValues).where(eq(kpiValues.kpiId, kpi.id)).limit(1);
        if (value) throw new AppError("CONFLICT", "KPI_HAS_VALUES", { periodKind: ["KPI_HAS_VALUES"] });
      }
      await tx
        .update(kpis)
        .set({
          name: input.name,
          unit: input.unit,
          direction: input.direction,
          target: input.target,
          tolerance: input.tolerance,
          periodKind: input.periodKind,
          updatedAt: new Date(),
        })
        .where(and(eq(kpis.workspaceId, ctx.workspaceId), eq(kpis.id, kpi.id)));
      return { kpiId: kpi.id };
    }),
});

export const deleteKpi = workspaceOperation({
  permission: "evidence.write",
  input: ZKpiRefInput,
  handler: async (ctx, input) => {
    const deleted = await getDb()
      .delete(kpis)
      .where(and(eq(kpis.workspaceId, ctx.workspaceId), eq(kpis.id, input.kpiId)))
      .returning({ id: kpis.id });
    if (deleted.length === 0) throw new AppError("NOT_FOUND", "KPI_NOT_FOUND");
    return { kpiId: input.kpiId };
  },
});
