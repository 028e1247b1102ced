import "server-only";
import { getDb } from "@/db/client";
import { kpis } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { getPhaseOrThrow, getTouchpointOrThrow } from "../subjects";
import { ZCreateKpiInput } from "./schemas";

/** Adds a KPI to a touchpoint or a phase of the caller's workspace; the map comes from that subject. */
export const createKpi = workspaceOperation({
  permission: "evidence.write",
  input: ZCreateKpiInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const subject = input.touchpointId
        ? await getTouchpointOrThrow({ workspaceId: ctx.workspaceId, touchpointId: input.touchpointId }, tx)
        : await getPhaseOrThrow({ workspaceId: ctx.workspaceId, phaseId: input.phaseId! }, tx);
      const [kpi] = await tx
        .insert(kpis)
        .values({
          workspaceId: ctx.workspaceId,
          mapId: subject.mapId,
          touchpointId: input.touchpointId ?? null,
          phaseId: input.phaseId ?? null,
          name: input.name,
          unit: input.unit,
          direction: input.direction,
          target: input.target,
          tolerance: input.tolerance,
          periodKind: input.periodKind,
        })
        .returning({ id: kpis.id });
      return { kpiId: kpi!.id };
    }),
});
