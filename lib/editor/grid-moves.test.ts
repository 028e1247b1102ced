import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLane, addPhase, addStep, getCardsInCell, getLanes, getSteps, moveCard, moveLane, moveStep, setLaneHidden } from "@/lib/journey/map-document";
import { cardDropIndex, cardMoveTarget, dropIndex, lanesForCard, neighbourIndex, stepDropTarget, stepMoveTarget, visibleMoveIndex } from "./grid-moves";

const items = ["a", "b", "c", "d"].map((id) => ({ id }));

describe("grid moves", () => {
  it("moves one place back or forward and stops at the edges", () => {
    expect(neighbourIndex(items, "b", "previous")).toBe(0);
    expect(neighbourIndex(items, "b", "next")).toBe(2);
    expect(neighbourIndex(items, "a", "previous")).toBeNull();
    expect(neighbourIndex(items, "d", "next")).toBeNull();
    expect(neighbourIndex(items, "x", "next")).toBeNull();
  });

  it("drops an item into the place of the one it lands on", () => {
    expect(dropIndex(items, "a", "c")).toBe(2);
    expect(dropIndex(items, "d", "b")).toBe(1);
    expect(dropIndex(items, "a", "a")).toBeNull();
  });

  it("moves a step within its phase and across into the neighbouring phase", () => {
    const steps = [
      { id: "s1", phaseId: "p1" },
      { id: "s2", phaseId: "p1" },
      { id: "s3", phaseId: "p2" },
    ];
    const phases = ["p1", "p2"];
    expect(stepMoveTarget(phases, steps, "s1", "next")).toEqual({ phaseId: "p1", index: 1 });
    expect(stepMoveTarget(phases, steps, "s2", "next")).toEqual({ phaseId: "p2", index: 0 });
    expect(stepMoveTarget(phases, steps, "s3", "previous")).toEqual({ phaseId: "p1", index: 2 });
    expect(stepMoveTarget(phases, steps, "s1", "previous")).toBeNull();
    expect(stepMoveTarget(phases, steps, "s3", "next")).toBeNull();
  });

  it("gives targets that put steps where the user expects, applied to a real document", () => {
    const doc = new Y.Doc();
    const p1 = addPhase(doc, "P1");
    const p2 = addPhase(doc, "P2");
    const [a, b] = [addStep(doc, p1, "a"), addStep(doc, p1, "b")];
    const c = addStep(doc, p2, "c");
    const names = () => getSteps(doc).map((s) => s.name).join("");
    const apply = (id: string, t: { phaseId: string; index: number } | null) => moveStep(doc, id, t!.phaseId, t!.index);

    apply(b, stepMoveTarget([p1, p2], getSteps(doc), b, "next"));
    expect(names()).toBe("abc");
    expect(getSteps(doc).find((s) => s.id === b)!.phaseId).toBe(p2);
    apply(b, stepMoveTarget([p1, p2], getSteps(doc), b, "next"));
    expect(names()).toBe("acb");
    apply(a, stepDropTarget(getSteps(doc), a, b));
    expect(names()).toBe("cba");
    apply(a, stepDropTarget(getSteps(doc), a, c));
    expect(names()).toBe("acb");
  });

  it("moves cards by arrow keys between steps and between lanes of their kind only", () => {
    const lanes = [
      { id: "need", kind: "need" as const, hidden: false },
      { id: "tp", kind: "touchpoints" as const, hidden: false },
      { id: "emo", kind: "emotion" as const, hidden: false },
      { id: "thoughts", kind: "thoughts" as const, hidden: true },
      { id: "pain", kind: "pain_points" as const, hidden: false },
    ];
    const steps = [{ id: "s1" }, { id: "s2" }];
    expect(lanesForCard(lanes, "note").map((l) => l.id)).toEqual(["need", "pain"]);
    expect(cardMoveTarget("ArrowRight", { laneId: "need", stepId: "s1" }, "note", lanes, steps)).toEqual({ laneId: "need", stepId: "s2" });
    expect(cardMoveTarget("ArrowRight", { laneId: "need", stepId: "s2" }, "note", lanes, steps)).toBeNull();
    expect(cardMoveTarget("ArrowLeft", { laneId: "need", stepId: "s2" }, "note", lanes, steps)).toEqual({ laneId: "need", stepId: "s1" });
    // skips the touchpoint, emotion and hidden lanes
    expect(cardMoveTarget("ArrowDown", { laneId: "need", stepId: "s1" }, "note", lanes, steps)).toEqual({ laneId: "pain", stepId: "s1" });
    expect(cardMoveTarget("ArrowUp", { laneId: "need", stepId: "s1" }, "note", lanes, steps)).toBeNull();
    expect(cardMoveTarget("ArrowDown", { laneId: "tp", stepId: "s1" }, "touchpoint", lanes, steps)).toBeNull();
  });

  it("drops cards before the card they land on, or in its place within the same cell", () => {
    const doc = new Y.Doc();
    const s1 = addStep(doc, addPhase(doc, "P"), "S1");
    const lane = addLane(doc, "thoughts", "Thoughts");
    const [a, b, c] = ["a", "b", "c"].map((text) => addCard(doc, { laneId: lane, stepId: s1, kind: "note", text }));
    const texts = () => getCardsInCell(doc, lane, s1).map((x) => x.text).join("");
    moveCard(doc, a!, lane, s1, cardDropIndex(getCardsInCell(doc, lane, s1), a!, c!));
    expect(texts()).toBe("bca");
    moveCard(doc, a!, lane, s1, cardDropIndex(getCardsInCell(doc, lane, s1), a!, b!));
    expect(texts()).toBe("abc");
    const other = addStep(doc, getSteps(doc)[0]!.phaseId, "S2");
    const d = addCard(doc, { laneId: lane, stepId: other, kind: "note", text: "d" });
    moveCard(doc, d, lane, s1, cardDropIndex(getCardsInCell(doc, lane, s1), d, b!));
    expect(texts()).toBe("adbc");
    expect(cardDropIndex([{ id: "x" }], "y", "missing")).toBe(1);
  });

  it("moves a lane past its visible neighbour, skipping hidden lanes", () => {
    const doc = new Y.Doc();
    const [a, b, c, d] = ["a", "b", "c", "d"].map((name) => addLane(doc, "thoughts", name));
    setLaneHidden(doc, b!, true);
    setLaneHidden(doc, c!, true);
    const names = () => getLanes(doc).map((l) => l.name).join("");
    moveLane(doc, a!, visibleMoveIndex(getLanes(doc), a!, "next")!);
    expect(names()).toBe("bcda");
    moveLane(doc, a!, visibleMoveIndex(getLanes(doc), a!, "previous")!);
    expect(names()).toBe("bcad");
    expect(visibleMoveIndex(getLanes(doc), a!, "previous")).toBeNull();
    moveLane(doc, d!, visibleMoveIndex(getLanes(doc), d!, "previous")!);
    expect(names()).toBe("bcda");
  });
});
