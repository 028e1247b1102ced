import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addCard,
  addCurve,
  addLane,
  addPhase,
  addStep,
  getSteps,
  type MapContent,
  readMapContent,
  setCurveEmotion,
  setEmotion,
  setLaneHidden,
} from "@/lib/journey/map-document";
import { copyMapContent } from "./copy-map-content";

function sourceDoc() {
  const doc = new Y.Doc();
  const p1 = addPhase(doc, "Orientation");
  const p2 = addPhase(doc, "Purchase");
  const s1 = addStep(doc, p1, "Searches");
  const s2 = addStep(doc, p2, "Pays");
  const s0 = addStep(doc, p1, "Asks a friend", 0);
  const gone = addStep(doc, p2, "Gone");
  setEmotion(doc, s2, -2);
  const touchpoints = addLane(doc, "touchpoints", "Touchpoints");
  const thoughts = addLane(doc, "thoughts", "Thoughts");
  setLaneHidden(doc, thoughts, true);
  const card = addCard(doc, {
    laneId: touchpoints,
    stepId: s1,
    kind: "touchpoint",
    text: "Search result",
    channel: "search",
    senses: ["visual"],
    critical: true,
    medium: "digital",
    department: "Marketing",
  });
  addCard(doc, { laneId: touchpoints, stepId: s1, kind: "touchpoint", text: "Ad", channel: "ads" });
  addCard(doc, { laneId: touchpoints, stepId: s1, kind: "touchpoint", text: "First", channel: "web", index: 0 });
  addCard(doc, { laneId: thoughts, stepId: s0, kind: "note", text: "Is this worth it?" });
  addCard(doc, { laneId: thoughts, stepId: gone, kind: "note", text: "orphan" });
  // deleteStep would take the card along; a concurrent delete and add can leave a card
  // behind, which is what removing only the step's entry reproduces.
  doc.getMap<Y.Map<unknown>>("steps").delete(gone);
  return doc;
}

/** The content without ids or order keys, with references resolved to names. */
function shape(c: MapContent) {
  const phase = new Map(c.phases.map((p) => [p.id, p.name]));
  const step = new Map(c.steps.map((s) => [s.id, s.name]));
  const lane = new Map(c.lanes.map((l) => [l.id, l.name]));
  return {
    phases: c.phases.map((p) => p.name),
    steps: c.steps.map((s) => [phase.get(s.phaseId), s.name, s.emotion]),
    lanes: c.lanes.map((l) => [l.kind, l.name, l.hidden]),
    // Order keys only rank cards within one cell, so compare cell by cell.
    cards: c.cards
      .filter((x) => step.has(x.stepId) && lane.has(x.laneId))
      .map(({ id: _i, order: _o, laneId, stepId, ...rest }) => ({ ...rest, lane: lane.get(laneId), step: step.get(stepId) }))
      .sort((a, b) => `${a.lane}|${a.step}`.localeCompare(`${b.lane}|${b.step}`)),
  };
}

describe("copyMapContent", () => {
  it("copies phases, steps, lanes and cards in order, with emotions and hidden lanes", () => {
    const source = readMapContent(sourceDoc());
    const target = new Y.Doc();
    copyMapContent(source, target);
    const copy = readMapContent(target);
    expect(shape(copy)).toEqual(shape(source));
    expect(copy.steps.map((s) => s.name)).toEqual(["Asks a friend", "Searches", "Pays"]);
    expect(copy.cards.filter((c) => c.kind === "touchpoint").map((c) => c.text)).toEqual(["First", "Search result", "Ad"]);
    expect(copy.cards.find((c) => c.text === "Search result")).toMatchObject({ channel: "search", senses: ["visual"], critical: true, medium: "digital", department: "Marketing" });
  });

  it("gives every element a new id and leaves orphaned cards behind", () => {
    const source = readMapContent(sourceDoc());
    const target = new Y.Doc();
    copyMapContent(source, target);
    const copy = readMapContent(target);
    const oldIds = new Set([...source.phases, ...source.steps, ...source.lanes, ...source.cards].map((x) => x.id));
    for (const x of [...copy.phases, ...copy.steps, ...copy.lanes, ...copy.cards]) expect(oldIds.has(x.id)).toBe(false);
    expect(copy.cards.map((c) => c.text)).not.toContain("orphan");
    expect(copy.cards).toHaveLength(4);
  });

  it("copies extra emotion curves onto the copy's own steps", () => {
    const doc = sourceDoc();
    const steps = getSteps(doc);
    const curve = addCurve(doc, "To be");
    setCurveEmotion(doc, curve, steps[0]!.id, 2);
    setCurveEmotion(doc, curve, steps[2]!.id, -1);
    const target = new Y.Doc();
    copyMapContent(readMapContent(doc), target);
    const copy = readMapContent(target);
    expect(copy.curves).toHaveLength(1);
    expect(copy.curves![0]!.name).toBe("To be");
    expect(copy.curves![0]!.values).toEqual({ [copy.steps[0]!.id]: 2, [copy.steps[2]!.id]: -1 });
  });
});
