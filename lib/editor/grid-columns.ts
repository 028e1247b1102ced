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
/** On a phone the lane names take a narrower column, so most of a 390 px screen shows the map. */
export const LANE_HEADER_WIDTH_NARROW = 136;
/** Below this viewport width (px) the narrow lane column is used. */
export const NARROW_VIEWPORT = 640;

/**
 * A pointer's x in the grid as everyone shares it: as if the lane column had its wide
 * width, so a cursor from a phone (narrow column) points at the same step on a desktop.
 */
export function toSharedX(x: number, laneHeaderWidth: number): number {
  return x < laneHeaderWidth ? Math.round((x * LANE_HEADER_WIDTH) / laneHeaderWidth) : x - laneHeaderWidth + LANE_HEADER_WIDTH;
}

/** The shared x back in this screen's grid. */
export function fromSharedX(x: number, laneHeaderWidth: number): number {
  return x < LANE_HEADER_WIDTH ? Math.round((x * laneHeaderWidth) / LANE_HEADER_WIDTH) : x - LANE_HEADER_WIDTH + laneHeaderWidth;
}
export const STEP_WIDTH = 232;
