import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addPhase, addStep, getLanes, getPhases, getSteps, setLaneHidden } from "@/lib/journey/map-document";
import { fromSharedX, gridColumns, LANE_HEADER_WIDTH, LANE_HEADER_WIDTH_NARROW, phaseSpan, splitLanes, STEP_WIDTH, toSharedX } from "./grid-columns";

describe("grid columns", () => {
  it("gives every step a column and an empty phase one placeholder column", () => {
    const doc = new Y.Doc();
    const p1 = addPhase(doc, "P1");
    const p2 = addPhase(doc, "P2");
    const p3 = addPhase(doc, "P3");
    addStep(doc, p1, "a");
    addStep(doc, p3, "c");
    addStep(doc, p1, "b");
    const columns = gridColumns(getPhases(doc), getSteps(doc));
    expect(columns.map((c) => (c.kind === "step" ? c.step.name : `(${c.phaseId === p2 ? "P2" : "?"})`))).toEqual(["a", "b", "(P2)", "c"]);
    expect([p1, p2, p3].map((p) => phaseSpan(columns, p))).toEqual([2, 1, 1]);
  });

  it("splits hidden lanes from visible ones", () => {
    const doc = new Y.Doc();
    const a = addLane(doc, "need", "Need");
    const b = addLane(doc, "thoughts", "Thoughts");
    setLaneHidden(doc, b, true);
    const { visible, hidden } = splitLanes(getLanes(doc));
    expect(visible.map((l) => l.id)).toEqual([a]);
    expect(hidden.map((l) => l.id)).toEqual([b]);
  });
});

describe("cursor positions between a phone's narrow lane column and a desktop's", () => {
  it("point at the same step and the same spot of the lane names", () => {
    const intoSecondStep = LANE_HEADER_WIDTH_NARROW + STEP_WIDTH + 40;
    const shared = toSharedX(intoSecondStep, LANE_HEADER_WIDTH_NARROW);
    expect(shared).toBe(LANE_HEADER_WIDTH + STEP_WIDTH + 40);
    expect(fromSharedX(shared, LANE_HEADER_WIDTH)).toBe(shared);
    expect(fromSharedX(shared, LANE_HEADER_WIDTH_NARROW)).toBe(intoSecondStep);
    expect(toSharedX(68, LANE_HEADER_WIDTH_NARROW)).toBe(104);
    expect(fromSharedX(104, LANE_HEADER_WIDTH_NARROW)).toBe(68);
  });
});
