import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  addCard,
  addLane,
  addPhase,
  addStep,
  deleteCard,
  deletePhase,
  moveCard,
  movePhase,
  readMapContent,
  renamePhase,
  setEmotion,
  updateCard,
} from "@/lib/journey/map-document";
import { countChanges, diffMapContent } from "./diff-map-content";

function baseMap() {
  const doc = new Y.Doc();
  const awareness = addPhase(doc, "Awareness");
  const purchase = addPhase(doc, "Purchase");
  const search = addStep(doc, awareness, "Search");
  const pay = addStep(doc, purchase, "Pay");
  const touchpoints = addLane(doc, "touchpoints", "Touchpoints");
  const pains = addLane(doc, "pain_points", "Pain points");
  const site = addCard(doc, { laneId: touchpoints, stepId: search, kind: "touchpoint", text: "Website", channel: "web" });
  const queue = addCard(doc, { laneId: pains, stepId: pay, kind: "note", text: "Long queue" });
  return { doc, ids: { awareness, purchase, search, pay, touchpoints, pains, site, queue } };
}

/** The document's state now, decoupled from later edits (as a stored snapshot is). */
const freeze = (doc: Y.Doc) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return readMapContent(copy);
};

describe("diffMapContent", () => {
  it("finds nothing between a map and its own snapshot", () => {
    const { doc } = baseMap();
    const diff = diffMapContent(freeze(doc), freeze(doc));
    expect(countChanges(diff)).toBe(0);
  });

  it("lists additions and removals per kind", () => {
    const { doc, ids } = baseMap();
    const before = freeze(doc);
    const loyalty = addPhase(doc, "Loyalty");
    const step = addStep(doc, loyalty, "Return");
    addCard(doc, { laneId: ids.touchpoints, stepId: step, kind: "touchpoint", text: "Newsletter", channel: "email" });
    deleteCard(doc, ids.queue);
    const diff = diffMapContent(before, freeze(doc));
    expect(diff.phases.added.map((p) => p.name)).toEqual(["Loyalty"]);
    expect(diff.steps.added.map((s) => s.name)).toEqual(["Return"]);
    expect(diff.touchpoints.added.map((c) => c.text)).toEqual(["Newsletter"]);
    expect(diff.cards.removed.map((c) => c.text)).toEqual(["Long queue"]);
    expect(countChanges(diff)).toBe(4);
  });

  it("names the fields that changed, and moves", () => {
    const { doc, ids } = baseMap();
    const before = freeze(doc);
    renamePhase(doc, ids.awareness, "Orientation");
    setEmotion(doc, ids.search, -2);
    updateCard(doc, ids.site, { text: "Web shop", critical: true, senses: ["visual"] });
    moveCard(doc, ids.queue, ids.pains, ids.search, 0);
    movePhase(doc, ids.purchase, 0);
    const diff = diffMapContent(before, freeze(doc));
    // In the order of the newer version, where Purchase now comes first.
    expect(diff.phases.changed.map((c) => [c.after.name, c.fields])).toEqual([
      ["Purchase", ["moved"]],
      ["Orientation", ["name"]],
    ]);
    expect(diff.steps.changed.map((c) => [c.after.name, c.fields])).toEqual([["Search", ["emotion"]]]);
    expect(diff.touchpoints.changed).toEqual([
      expect.objectContaining({ fields: ["text", "senses", "critical"], before: expect.objectContaining({ text: "Website" }) }),
    ]);
    expect(diff.cards.changed.map((c) => c.fields)).toEqual([["moved"]]);
  });

  it("reports a removed phase with its steps and cards", () => {
    const { doc, ids } = baseMap();
    const before = freeze(doc);
    deletePhase(doc, ids.purchase);
    const diff = diffMapContent(before, freeze(doc));
    expect(diff.phases.removed.map((p) => p.name)).toEqual(["Purchase"]);
    expect(diff.steps.removed.map((s) => s.name)).toEqual(["Pay"]);
    expect(diff.cards.removed.map((c) => c.text)).toEqual(["Long queue"]);
  });
});
