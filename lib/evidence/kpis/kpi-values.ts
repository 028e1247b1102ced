import "server-only";
import { evaluateAlertRules } from "@/lib/alerts/evaluate";
import { withKpiStatusEvent } from "@/lib/webhooks/kpi-status-event";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { kpis, kpiValues } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { AppError } from "@/lib/errors/app-error";
import { toPeriodStart } from "../periods";
import { getKpiOrThrow } from "./get-kpi";
import { ZDeleteKpiValueInput, ZSetKpiValueInput } from "./schemas";

/** Records (or corrects) the measured value of one period; a period has one value. */
export const setKpiValue = workspaceOperation({
  permission: "evidence.write",
  input: ZSetKpiValueInput,
  handler: async (ctx, input) => {
    const kpi = await getKpiOrThrow({ workspaceId: ctx.workspaceId, kpiId: input.kpiId });
    const periodStart = toPeriodStart(input.period, kpi.periodKind);
    if (!periodStart) throw new AppError("INVALID_INPUT", "INVALID_PERIOD", { period: ["INVALID_PERIOD"] });
    await withKpiStatusEvent(kpi, () =>
      getDb()
        .insert(kpiValues)
        .values({ workspaceId: ctx.workspaceId, kpiId: kpi.id, periodStart, value: input.value, source: "manual" })
        .onConflictDoUpdate({
          target: [kpiValues.kpiId, kpiValues.periodStart],
          set: { value: input.value, source: "manual", updatedAt: sql`now()` },
        }),
    );
    await evaluateAlertRules(ctx.workspaceId, { mapIds: [kpi.mapId], kinds: ["kpi_off_target"] });
    return { kpiId: kpi.id, periodStart, value: input.value };
  },
});

export const deleteKpiValue = workspaceOperation({
  permission: "evidence.write",
  input: ZDeleteKpiValueInput,
  handler: async (ctx, input) => {
    const [kpi] = await getDb().select().from(kpis).where(and(eq(kpis.workspaceId, ctx.workspaceId), eq(kpis.id, input.kpiId)));
    if (!kpi) throw new AppError("NOT_FOUND", "KPI_VALUE_NOT_FOUND");
    const deleted = await withKpiStatusEvent(kpi, () =>
      getDb()
        .delete(kpiValues)
        .where(and(eq(kpiValues.workspaceId, ctx.workspaceId), eq(kpiValues.kpiId, kpi.id), eq(kpiValues.periodStart, input.periodStart)))
        .returning({ id: kpiValues.id }),
    );
    if (deleted.length === 0) throw new AppError("NOT_FOUND", "KPI_VALUE_NOT_FOUND");
    await evaluateAlertRules(ctx.workspaceId, { mapIds: [kpi.mapId], kinds: ["kpi_off_target"] });
    return { kpiId: input.kpiId, periodStart: input.periodStart };
  },
});
