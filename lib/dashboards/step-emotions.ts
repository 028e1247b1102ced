import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackRollup, mapPhases, mapSteps, mapTouchpoints } from "@/db/schema";
import type { DashboardScope } from "./filters";
import { emotionGap, largestGaps, measuredEmotion } from "./emotion-gap";
import { AGGREGATE_COLUMNS, rollupScopeWhere, touchpointOfRollup } from "./rollup-scope";

export type StepEmotionFigure = {
  stepId: string;
  name: string;
  phaseName: string | null;
  /** The team's assumption on the map, -2..2. */
  assumed: number | null;
  /** Mean CSAT answer minus 3, -2..2 (see emotion-gap.ts); null without CSAT answers. */
  measured: number | null;
  csatCount: number;
  gap: number | null;
};

export type StepEmotions = { steps: StepEmotionFigure[]; largestGaps: StepEmotionFigure[] };

/**
 * One map's live steps in journey order, each with the assumed emotion and the emotion
 * measured from its touchpoints' CSAT answers in the scope, and the largest gaps. Only
 * meaningful for one map: callers pass a scope with a mapId.
 */
export async function getStepEmotions(ctx: { workspaceId: string }, scope: DashboardScope & { mapId: string }): Promise<StepEmotions> {
  const [steps, totals] = await Promise.all([
    getDb()
      .select({ id: mapSteps.id, name: mapSteps.name, emotion: mapSteps.emotion, phaseName: mapPhases.name })
      .from(mapSteps)
      .leftJoin(mapPhases, and(eq(mapPhases.id, mapSteps.phaseId), eq(mapPhases.workspaceId, ctx.workspaceId)))
      .where(
        and(
          eq(mapSteps.workspaceId, ctx.workspaceId),
          eq(mapSteps.mapId, scope.mapId),
          isNull(mapSteps.deletedAt),
          scope.phaseId ? eq(mapSteps.phaseId, scope.phaseId) : undefined,
        ),
      )
      .orderBy(asc(mapSteps.position)),
    getDb()
      .select({ stepId: mapTouchpoints.stepId, csatCount: AGGREGATE_COLUMNS.csatCount, csatSum: AGGREGATE_COLUMNS.csatSum })
      .from(feedbackRollup)
      .innerJoin(mapTouchpoints, touchpointOfRollup(ctx.workspaceId))
      .where(rollupScopeWhere(ctx.workspaceId, scope))
      .groupBy(mapTouchpoints.stepId),
  ]);
  const byStep = new Map(totals.filter((t) => t.stepId).map((t) => [t.stepId!, t]));
  const figures = steps.map((step) => {
    const measured = byStep.get(step.id);
    const figure = {
      stepId: step.id,
      name: step.name,
      phaseName: step.phaseName,
      assumed: step.emotion,
      measured: measured ? measuredEmotion(measured.csatSum, measured.csatCount) : null,
      csatCount: measured?.csatCount ?? 0,
    };
    return { ...figure, gap: emotionGap(figure) };
  });
  return { steps: figures, largestGaps: largestGaps(figures) };
}
