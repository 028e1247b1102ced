import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLane, addPhase, addStep, setEmotion } from "@/lib/journey/map-document";
import { projectionRows } from "./projection-rows";

describe("projectionRows", () => {
  it("orders phases and steps by journey, touchpoints by step, lane and cell position", () => {
    const doc = new Y.Doc();
    const second = addPhase(doc, "Second");
    const first = addPhase(doc, "First", 0);
    const late = addStep(doc, second, "Late");
    const early = addStep(doc, first, "Early");
    const laneB = addLane(doc, "touchpoints", "B");
    const laneA = addLane(doc, "touchpoints", "A", 0);
    const t3 = addCard(doc, { laneId: laneA, stepId: late, kind: "touchpoint", text: "t3", channel: "email" });
    const t2 = addCard(doc, { laneId: laneB, stepId: early, kind: "touchpoint", text: "t2", channel: "web" });
    const t1 = addCard(doc, { laneId: laneA, stepId: early, kind: "touchpoint", text: "t1", channel: "store" });
    addCard(doc, { laneId: laneA, stepId: early, kind: "note", text: "note" });
    setEmotion(doc, early, 2);

    const rows = projectionRows(doc);
    expect(rows.phases.map((p) => [p.id, p.position])).toEqual([
      [first, 0],
      [second, 1],
    ]);
    expect(rows.steps.map((s) => [s.id, s.phaseId, s.position, s.emotion])).toEqual([
      [early, first, 0, 2],
      [late, second, 1, null],
    ]);
    expect(rows.touchpoints.map((t) => [t.id, t.stepId, t.phaseId, t.position])).toEqual([
      [t1, early, first, 0],
      [t2, early, first, 1],
      [t3, late, second, 2],
    ]);
  });

  it("reads what clients wrote defensively: wrong types, unknown channels, ids that are not uuids", () => {
    const doc = new Y.Doc();
    const phase = addPhase(doc, "P");
    const step = addStep(doc, phase, "S");
    const lane = addLane(doc, "touchpoints", "T");
    addPhase(doc, "bad id", 1, "not-a-uuid");
    const card = addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "x", channel: "web" });
    const cards = doc.getMap<Y.Map<unknown>>("cards");
    cards.get(card)!.set("text", 42);
    cards.get(card)!.set("channel", "carrier pigeon");
    doc.getMap<Y.Map<unknown>>("steps").get(step)!.set("emotion", 7);

    const rows = projectionRows(doc);
    expect(rows.phases.map((p) => p.id)).toEqual([phase]);
    expect(rows.steps[0]!.emotion).toBeNull();
    expect(rows.touchpoints[0]).toMatchObject({ name: "", channel: null });
  });
});
