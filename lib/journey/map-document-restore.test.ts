import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLane, addPhase, addStep, clearLegacyComments, deleteCard, getCard, getCardsInCell, readLegacyComments, restoreCard } from "./map-document";

describe("restoring a deleted card", () => {
  it("puts the card back in its place with its fields", () => {
    const doc = new Y.Doc();
    const step = addStep(doc, addPhase(doc, "P"), "S");
    const lane = addLane(doc, "touchpoints", "Touchpoints");
    const first = addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "first" });
    const card = addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "Web", channel: "web", senses: ["visual"], critical: true });
    addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "last" });
    const saved = getCard(doc, card)!;

    deleteCard(doc, card);
    expect(getCard(doc, card)).toBeNull();

    expect(restoreCard(doc, saved)).toBe(true);
    expect(getCard(doc, card)).toEqual(saved);
    expect(getCardsInCell(doc, lane, step).map((c) => c.text)).toEqual(["first", "Web", "last"]);
    expect(first).toBeTruthy();
  });

  it("does nothing when the card is there already", () => {
    const doc = new Y.Doc();
    const card = addCard(doc, { laneId: "l", stepId: "s", kind: "note", text: "x" });
    const saved = getCard(doc, card)!;
    expect(restoreCard(doc, { ...saved, text: "changed" })).toBe(false);
    expect(getCard(doc, card)!.text).toBe("x");
  });
});

describe("comments kept in the document before they became rows", () => {
  it("are read as they were stored and cleared in one transaction with the given origin", () => {
    const doc = new Y.Doc();
    const legacy = doc.getMap<Y.Map<unknown>>("comments");
    const entry = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ cardId: "c1", authorId: "u1", authorName: "Ann", body: "hi", mentions: ["u2"], createdAt: "2026-01-02T03:04:05.000Z", resolved: true })) entry.set(k, v);
    legacy.set("k1", entry);
    legacy.set("junk", 5 as never);
    expect(readLegacyComments(doc)).toEqual([{ id: "k1", cardId: "c1", authorId: "u1", authorName: "Ann", body: "hi", mentions: ["u2"], createdAt: "2026-01-02T03:04:05.000Z", resolved: true }]);
    const origins: unknown[] = [];
    doc.on("update", (_u: Uint8Array, origin: unknown) => origins.push(origin));
    const origin = Symbol("moved");
    clearLegacyComments(doc, origin);
    expect(legacy.size).toBe(0);
    expect(origins).toEqual([origin]);
    clearLegacyComments(doc, origin);
    expect(origins).toHaveLength(1);
  });
});
