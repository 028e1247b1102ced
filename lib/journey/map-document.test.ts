import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addCard,
  addLane,
  addPhase,
  addStep,
  deletePhase,
  getCardsInCell,
  getPhases,
  getSteps,
  getTouchpoints,
  moveCard,
  movePhase,
  moveStep,
  readMapContent,
  renameStep,
  setEmotion,
} from "./map-document";

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("map document", () => {
  it("orders phases and moves them", () => {
    const doc = new Y.Doc();
    const a = addPhase(doc, "A");
    const b = addPhase(doc, "B");
    const c = addPhase(doc, "C");
    expect(getPhases(doc).map((p) => p.name)).toEqual(["A", "B", "C"]);
    movePhase(doc, c, 0);
    expect(getPhases(doc).map((p) => p.id)).toEqual([c, a, b]);
  });

  it("lists steps in journey order and moves a step across phases", () => {
    const doc = new Y.Doc();
    const p1 = addPhase(doc, "One");
    const p2 = addPhase(doc, "Two");
    const s2 = addStep(doc, p2, "two-a");
    const s1 = addStep(doc, p1, "one-a");
    expect(getSteps(doc).map((s) => s.id)).toEqual([s1, s2]);
    moveStep(doc, s2, p1, 0);
    expect(getSteps(doc).map((s) => s.name)).toEqual(["two-a", "one-a"]);
  });

  it("clamps emotion to -2..2", () => {
    const doc = new Y.Doc();
    const s = addStep(doc, addPhase(doc, "P"), "S");
    setEmotion(doc, s, 7);
    expect(getSteps(doc)[0]!.emotion).toBe(2);
    setEmotion(doc, s, -3.4);
    expect(getSteps(doc)[0]!.emotion).toBe(-2);
  });

  it("moves cards between cells and deletes a phase with its steps and cards", () => {
    const doc = new Y.Doc();
    const p = addPhase(doc, "P");
    const s1 = addStep(doc, p, "S1");
    const s2 = addStep(doc, p, "S2");
    const lane = addLane(doc, "touchpoints", "Touchpoints");
    const card = addCard(doc, { laneId: lane, stepId: s1, kind: "touchpoint", text: "Website", channel: "web" });
    moveCard(doc, card, lane, s2, 0);
    expect(getCardsInCell(doc, lane, s2).map((c) => c.id)).toEqual([card]);
    expect(getTouchpoints(doc)[0]).toMatchObject({ id: card, phaseId: p, channel: "web" });
    deletePhase(doc, p);
    expect(readMapContent(doc)).toMatchObject({ phases: [], steps: [], cards: [] });
  });

  it("keeps both users' edits when one moves a step the other renames", () => {
    const a = new Y.Doc();
    const p1 = addPhase(a, "One");
    const p2 = addPhase(a, "Two");
    const s = addStep(a, p1, "original");
    const b = new Y.Doc();
    sync(a, b);
    moveStep(a, s, p2, 0);
    renameStep(b, s, "renamed");
    sync(a, b);
    for (const doc of [a, b]) expect(getSteps(doc)[0]).toMatchObject({ id: s, phaseId: p2, name: "renamed" });
  });
});
