import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addComment, addLane, addPhase, addStep, deleteCard, getCard, getCardsInCell, getComments, restoreCard, setCommentResolved } from "./map-document";

describe("restoring a deleted card", () => {
  it("puts the card back in its place with its fields and comments", () => {
    const doc = new Y.Doc();
    const step = addStep(doc, addPhase(doc, "P"), "S");
    const lane = addLane(doc, "touchpoints", "Touchpoints");
    const first = addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "first" });
    const card = addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "Web", channel: "web", senses: ["visual"], critical: true });
    addCard(doc, { laneId: lane, stepId: step, kind: "touchpoint", text: "last" });
    const comment = addComment(doc, { cardId: card, authorId: "u1", authorName: "Ann", body: "hi @Bob", mentions: ["u2"] });
    setCommentResolved(doc, comment, true);
    const saved = getCard(doc, card)!;
    const savedComments = getComments(doc, card);

    deleteCard(doc, card);
    expect(getCard(doc, card)).toBeNull();
    expect(getComments(doc, card)).toEqual([]);

    expect(restoreCard(doc, saved, savedComments)).toBe(true);
    expect(getCard(doc, card)).toEqual(saved);
    expect(getComments(doc, card)).toEqual(savedComments);
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
