import type { LaneData, PhaseData, StepData } from "@/lib/journey/map-document";

/**
 * The grid's columns: every step, in journey order; a phase without steps still gets one
 * empty column, so its header has somewhere to sit and offers "add step".
 */
export type GridColumn = { kind: "step"; phaseId: string; step: StepData } | { kind: "empty"; phaseId: string };

export function gridColumns(phases: PhaseData[], steps: StepData[]): GridColumn[] {
  return phases.flatMap((phase): GridColumn[] => {
    const own = steps.filter((s) => s.phaseId === phase.id);
    return own.length ? own.map((step) => ({ kind: "step", phaseId: phase.id, step })) : [{ kind: "empty", phaseId: phase.id }];
  });
}

/** How many columns each phase header spans. */
export function phaseSpan(columns: GridColumn[], phaseId: string): number {
  return columns.filter((c) => c.phaseId === phaseId).length;
}

/** Lanes shown as rows and lanes tucked away, both in lane order. */
export function splitLanes(lanes: LaneData[]): { visible: LaneData[]; hidden: LaneData[] } {
  return { visible: lanes.filter((l) => !l.hidden), hidden: lanes.filter((l) => l.hidden) };
}

/** Column widths in pixels; fixed so that cursors and the emotion curve line up for everyone. */
export const LANE_HEADER_WIDTH = 208;
export const STEP_WIDTH = 232;
