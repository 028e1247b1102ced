import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addCard,
  addCurve,
  addLane,
  addPhase,
  addStep,
  deleteCurve,
  deletePhase,
  getCardsInCell,
  getCurves,
  getPhases,
  getSteps,
  getTouchpoints,
  moveCard,
  movePhase,
  moveStep,
  readMapContent,
  renameCurve,
  renameStep,
  setCurveEmotion,
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

describe("extra emotion curves", () => {
  const sync = (a: Y.Doc, b: Y.Doc) => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  };

  it("keep their own values per step, clamped, beside the main curve", () => {
    const doc = new Y.Doc();
    const step = addStep(doc, addPhase(doc, "P"), "S");
    setEmotion(doc, step, 1);
    const toBe = addCurve(doc, "To be");
    expect(setCurveEmotion(doc, toBe, step, 7)).toBe(true);
    expect(getCurves(doc)).toEqual([expect.objectContaining({ id: toBe, name: "To be", values: { [step]: 2 } })]);
    expect(getSteps(doc)[0]!.emotion).toBe(1);
    setCurveEmotion(doc, toBe, step, null);
    expect(getCurves(doc)[0]!.values).toEqual({});
    expect(setCurveEmotion(doc, "no-such-curve", step, 1)).toBe(false);
  });

  it("merge concurrent edits of different steps by two people", () => {
    const a = new Y.Doc();
    const phase = addPhase(a, "P");
    const s1 = addStep(a, phase, "S1");
    const s2 = addStep(a, phase, "S2");
    const curve = addCurve(a, "Persona B");
    const b = new Y.Doc();
    sync(a, b);
    setCurveEmotion(a, curve, s1, -2);
    setCurveEmotion(b, curve, s2, 2);
    renameCurve(b, curve, "Bram");
    sync(a, b);
    expect(getCurves(a)).toEqual(getCurves(b));
    expect(getCurves(a)[0]).toMatchObject({ name: "Bram", values: { [s1]: -2, [s2]: 2 } });
  });

  it("appear in the map's content only when there are some, and go when deleted", () => {
    const doc = new Y.Doc();
    addStep(doc, addPhase(doc, "P"), "S");
    expect(readMapContent(doc)).not.toHaveProperty("curves");
    const id = addCurve(doc, "To be");
    expect(readMapContent(doc).curves).toHaveLength(1);
    deleteCurve(doc, id);
    expect(readMapContent(doc)).not.toHaveProperty("curves");
  });
});
