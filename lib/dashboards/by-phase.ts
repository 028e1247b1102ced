import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackRollup, journeyMaps, mapPhases, mapTouchpoints } from "@/db/schema";
import { scoresFromAggregate, type Scores } from "@/lib/evidence/scores";
import type { DashboardScope } from "./filters";
import { addAggregates, AGGREGATE_COLUMNS, EMPTY_ROLLUP, pickAggregate, type RollupAggregate, rollupScopeWhere, touchpointOfRollup } from "./rollup-scope";

export type PhaseFigure = {
  /** The phase id on one map; across maps "template:<key>" for a pooled row, else "phase:<id>". */
  key: string;
  /** Set for a row of one map's phase (also across maps, when no other map shares it): what a click-through opens. */
  phaseId: string | null;
  mapId: string | null;
  name: string;
  /** Removed from the map; listed only while it still has responses in the scope. */
  removed: boolean;
  aggregate: RollupAggregate;
  scores: Scores;
};

/**
 * CSAT/NPS/CES per phase in journey order (map_phases.position). A response counts
 * under the phase its touchpoint is in now. With one map in scope the rows are that
 * map's phases, every live phase listed even without responses (an empty row says
 * "nothing measured here"). Across maps, phases are pooled only where maps share a
 * template phase (`template_key`: both made from templates of the five-phase model, say);
 * every other phase is its map's own row, named "map · phase", so a same-named phase of
 * two unrelated journeys is never merged. Rows go in mean journey position. Removed
 * phases appear, marked, after the live ones when they still hold responses; touchpoints
 * without a phase count in the totals only.
 */
export async function getByPhase(ctx: { workspaceId: string }, scope: DashboardScope): Promise<PhaseFigure[]> {
  const phaseConditions: SQL[] = [eq(mapPhases.workspaceId, ctx.workspaceId)];
  if (scope.mapId) phaseConditions.push(eq(mapPhases.mapId, scope.mapId));
  if (scope.phaseId) phaseConditions.push(eq(mapPhases.id, scope.phaseId));
  if (scope.personaId) phaseConditions.push(eq(journeyMaps.personaId, scope.personaId));
  const [totals, phases] = await Promise.all([
    getDb()
      .select({ phaseId: mapTouchpoints.phaseId, ...AGGREGATE_COLUMNS })
      .from(feedbackRollup)
      .innerJoin(mapTouchpoints, touchpointOfRollup(ctx.workspaceId))
      .where(rollupScopeWhere(ctx.workspaceId, scope))
      .groupBy(mapTouchpoints.phaseId),
    getDb()
      .select({
        id: mapPhases.id,
        mapId: mapPhases.mapId,
        mapName: journeyMaps.name,
        name: mapPhases.name,
        position: mapPhases.position,
        templateKey: mapPhases.templateKey,
        deletedAt: mapPhases.deletedAt,
      })
      .from(mapPhases)
      .innerJoin(journeyMaps, and(eq(journeyMaps.id, mapPhases.mapId), eq(journeyMaps.workspaceId, ctx.workspaceId)))
      .where(and(...phaseConditions)),
  ]);
  const byPhase = new Map(totals.filter((t) => t.phaseId).map((t) => [t.phaseId!, pickAggregate(t)]));
  const shown = phases.filter((p) => !p.deletedAt || byPhase.has(p.id));

  type Group = {
    key: string;
    phaseId: string | null;
    mapId: string | null;
    name: string;
    removed: boolean;
    positions: number[];
    aggregate: RollupAggregate;
    members: Array<{ phaseId: string; mapId: string; mapName: string; name: string }>;
  };
  const groups = new Map<string, Group>();
  for (const phase of shown) {
    const removed = phase.deletedAt !== null;
    const pooled = !scope.mapId && phase.templateKey !== null;
    // A removed phase pools only with other removed ones, so "removed" stays true to every row in it.
    const key = scope.mapId ? phase.id : pooled ? `${removed ? "removed:" : ""}template:${phase.templateKey}` : `phase:${phase.id}`;
    const group = groups.get(key) ?? { key, phaseId: null, mapId: null, name: "", removed, positions: [], aggregate: EMPTY_ROLLUP, members: [] };
    group.positions.push(phase.position);
    group.members.push({ phaseId: phase.id, mapId: phase.mapId, mapName: phase.mapName, name: phase.name.trim() });
    group.aggregate = addAggregates(group.aggregate, byPhase.get(phase.id) ?? EMPTY_ROLLUP);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const maps = new Set(group.members.map((m) => m.mapId));
    if (maps.size === 1) {
      // One map's phase: it links to that phase, and across maps it says whose it is.
      const only = group.members[0]!;
      Object.assign(group, { phaseId: only.phaseId, mapId: only.mapId, name: scope.mapId ? only.name : `${only.mapName} · ${only.name}` });
    } else {
      group.name = [...new Set(group.members.map((m) => m.name))].join(" / ");
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...groups.values()]
    .sort((a, b) => Number(a.removed) - Number(b.removed) || mean(a.positions) - mean(b.positions) || a.name.localeCompare(b.name))
    .map(({ positions: _positions, members: _members, ...g }) => ({ ...g, scores: scoresFromAggregate(g.aggregate) }));
}
