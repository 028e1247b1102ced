import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { projectionRows } from "@/lib/collab/server/projection-rows";
import { ZMapFile } from "@/lib/map-files/map-file";
import { addCard, addLane, addPhase, addStep, getCard, setOpportunityScores } from "./map-document";
import { isOpportunityScore, quadrantOf } from "./map-vocabulary";

function mapWithCards() {
  const doc = new Y.Doc();
  const phase = addPhase(doc, "Purchase");
  const step = addStep(doc, phase, "Pay");
  const lane = addLane(doc, "opportunities", "Opportunities");
  const opportunity = addCard(doc, { laneId: lane, stepId: step, kind: "opportunity", text: "Pay later", status: "idea" });
  const note = addCard(doc, { laneId: lane, stepId: step, kind: "note", text: "A note" });
  return { doc, phase, opportunity, note };
}

describe("opportunity scores", () => {
  it("are whole numbers from 1 to 5", () => {
    expect([1, 2, 3, 4, 5].every(isOpportunityScore)).toBe(true);
    expect([0, 6, -1, 2.5, Number.NaN, "3", null, undefined, Infinity].some(isOpportunityScore)).toBe(false);
  });

  it("fall in a quadrant: 3 and up is high, on both axes", () => {
    expect(quadrantOf(5, 1)).toBe("quick_wins");
    expect(quadrantOf(3, 2)).toBe("quick_wins");
    expect(quadrantOf(3, 3)).toBe("big_bets");
    expect(quadrantOf(4, 5)).toBe("big_bets");
    expect(quadrantOf(2, 2)).toBe("fill_ins");
    expect(quadrantOf(1, 1)).toBe("fill_ins");
    expect(quadrantOf(2, 3)).toBe("money_pits");
    expect(quadrantOf(1, 5)).toBe("money_pits");
    expect([quadrantOf(null, 3), quadrantOf(3, undefined), quadrantOf(7, 1), quadrantOf(3, "2")]).toEqual([null, null, null, null]);
  });

  it("are set on an opportunity card through the document module, one or both at a time, and unset with null", () => {
    const { doc, opportunity } = mapWithCards();
    expect(setOpportunityScores(doc, opportunity, { customerValue: 4 })).toBe(true);
    expect(getCard(doc, opportunity)).toMatchObject({ customerValue: 4 });
    expect(getCard(doc, opportunity)?.effort).toBeUndefined();
    expect(setOpportunityScores(doc, opportunity, { effort: 2 })).toBe(true);
    expect(getCard(doc, opportunity)).toMatchObject({ customerValue: 4, effort: 2 });
    expect(setOpportunityScores(doc, opportunity, { customerValue: null })).toBe(true);
    expect(getCard(doc, opportunity)).toMatchObject({ customerValue: null, effort: 2 });
  });

  it("refuse nonsense and other kinds of card, changing nothing", () => {
    const { doc, opportunity, note } = mapWithCards();
    setOpportunityScores(doc, opportunity, { customerValue: 3, effort: 3 });
    const before = Y.encodeStateVector(doc);
    expect(setOpportunityScores(doc, opportunity, { customerValue: 6, effort: 1 })).toBe(false);
    expect(setOpportunityScores(doc, opportunity, { effort: 0 })).toBe(false);
    expect(setOpportunityScores(doc, opportunity, { effort: 1.5 })).toBe(false);
    expect(setOpportunityScores(doc, note, { customerValue: 3 })).toBe(false);
    expect(setOpportunityScores(doc, crypto.randomUUID(), { customerValue: 3 })).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(getCard(doc, opportunity)).toMatchObject({ customerValue: 3, effort: 3 });
  });

  it("are projected with the card's phase; what a client wrote that is no score is projected as unset", () => {
    const { doc, phase, opportunity } = mapWithCards();
    setOpportunityScores(doc, opportunity, { customerValue: 5, effort: 1 });
    expect(projectionRows(doc).opportunities).toEqual([expect.objectContaining({ id: opportunity, phaseId: phase, customerValue: 5, effort: 1 })]);
    // A client bypassing the module (the document is a CRDT anyone with write access edits).
    doc.getMap<Y.Map<unknown>>("cards").get(opportunity)!.set("customerValue", 99);
    doc.getMap<Y.Map<unknown>>("cards").get(opportunity)!.set("effort", "2");
    expect(projectionRows(doc).opportunities[0]).toMatchObject({ customerValue: null, effort: null });
  });

  it("are accepted in a map file when they are scores, refused otherwise", () => {
    const file = (card: Record<string, unknown>) => ({
      format: "journeyboard.map",
      version: 1,
      name: "M",
      content: { phases: [], steps: [], lanes: [], cards: [{ id: "c", laneId: "l", stepId: "s", kind: "opportunity", text: "x", ...card }] },
    });
    expect(ZMapFile.safeParse(file({ customerValue: 5, effort: null })).success).toBe(true);
    expect(ZMapFile.safeParse(file({})).success).toBe(true);
    expect(ZMapFile.safeParse(file({ customerValue: 9 })).success).toBe(false);
    expect(ZMapFile.safeParse(file({ effort: "high" })).success).toBe(false);
  });
});
