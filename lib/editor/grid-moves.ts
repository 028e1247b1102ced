import { cardKindForLane, type CardKind, type LaneKind } from "@/lib/journey/map-vocabulary";

/**
 * Where keyboard moves and drops put things in the grid. map-document's move functions
 * take an index among the *other* items, so these return that index.
 */

type Item = { id: string };
export type Direction = "previous" | "next";

/** The index among the other items that moves `id` one place back or forward; null at the edge. */
export function neighbourIndex(items: Item[], id: string, direction: Direction): number | null {
  const at = items.findIndex((i) => i.id === id);
  if (at < 0) return null;
  const target = direction === "previous" ? at - 1 : at + 1;
  return target < 0 || target > items.length - 1 ? null : target;
}

/**
 * The index among the other items after dropping `activeId` on `overId`: the dragged item
 * takes the place of the one it was dropped on (as dnd-kit's arrayMove does).
 */
export function dropIndex(items: Item[], activeId: string, overId: string): number | null {
  if (activeId === overId) return null;
  const from = items.findIndex((i) => i.id === activeId);
  const to = items.findIndex((i) => i.id === overId);
  return from < 0 || to < 0 ? null : to;
}

type StepRef = { id: string; phaseId: string };
export type StepPlace = { phaseId: string; index: number };

/**
 * Moving a step one place left or right; at the edge of its phase it crosses into the
 * neighbouring phase (as that phase's last or first step). Null when there is nowhere to go.
 */
export function stepMoveTarget(phaseIds: string[], steps: StepRef[], stepId: string, direction: Direction): StepPlace | null {
  const step = steps.find((s) => s.id === stepId);
  if (!step) return null;
  const siblings = steps.filter((s) => s.phaseId === step.phaseId);
  const within = neighbourIndex(siblings, stepId, direction);
  if (within !== null) return { phaseId: step.phaseId, index: within };
  const phaseAt = phaseIds.indexOf(step.phaseId);
  const neighbour = phaseIds[direction === "previous" ? phaseAt - 1 : phaseAt + 1];
  if (phaseAt < 0 || !neighbour) return null;
  const count = steps.filter((s) => s.phaseId === neighbour).length;
  return { phaseId: neighbour, index: direction === "previous" ? count : 0 };
}

/** Dropping a step on another step: it joins that step's phase, at that step's place. */
export function stepDropTarget(steps: StepRef[], activeId: string, overId: string): StepPlace | null {
  if (activeId === overId) return null;
  const over = steps.find((s) => s.id === overId);
  if (!over || !steps.some((s) => s.id === activeId)) return null;
  const siblings = steps.filter((s) => s.phaseId === over.phaseId && s.id !== activeId);
  const overAt = siblings.findIndex((s) => s.id === overId);
  const all = steps.map((s) => s.id);
  // Moving forward (rightwards) lands after the target, backward lands before it.
  const forward = all.indexOf(activeId) < all.indexOf(overId);
  return { phaseId: over.phaseId, index: forward ? overAt + 1 : overAt };
}

export type Cell = { laneId: string; stepId: string };
type LaneRef = { id: string; kind: LaneKind; hidden: boolean };
export type CardMoveKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";

/** The lanes a card of `kind` may live in: visible lanes that hold that kind of card. */
export function lanesForCard<L extends LaneRef>(lanes: L[], kind: CardKind): L[] {
  return lanes.filter((l) => !l.hidden && cardKindForLane(l.kind) === kind);
}

/**
 * The cell an arrow key moves a card to: left/right to the neighbouring step, up/down to
 * the nearest lane above/below that holds this kind of card. Null at the edge of the grid.
 */
export function cardMoveTarget(key: CardMoveKey, from: Cell, kind: CardKind, lanes: LaneRef[], steps: Item[]): Cell | null {
  if (key === "ArrowLeft" || key === "ArrowRight") {
    const at = steps.findIndex((s) => s.id === from.stepId);
    const next = steps[key === "ArrowLeft" ? at - 1 : at + 1];
    return at < 0 || !next ? null : { laneId: from.laneId, stepId: next.id };
  }
  const allowed = lanesForCard(lanes, kind);
  const at = allowed.findIndex((l) => l.id === from.laneId);
  const next = allowed[key === "ArrowUp" ? at - 1 : at + 1];
  return at < 0 || !next ? null : { laneId: next.id, stepId: from.stepId };
}

/**
 * The index among the cell's other cards when a card is dropped on `overId` in that cell:
 * within its own cell it takes the target's place, from another cell it goes before it.
 */
export function cardDropIndex(cellCards: Item[], activeId: string, overId: string): number {
  const others = cellCards.filter((c) => c.id !== activeId);
  if (cellCards.some((c) => c.id === activeId)) return dropIndex(cellCards, activeId, overId) ?? others.length;
  const at = others.findIndex((c) => c.id === overId);
  return at < 0 ? others.length : at;
}

/**
 * Moving a lane one visible place up or down: it jumps past its visible neighbour (and any
 * hidden lanes between), so one key press always changes what the user sees.
 */
export function visibleMoveIndex(items: Array<{ id: string; hidden: boolean }>, id: string, direction: Direction): number | null {
  const visible = items.filter((i) => !i.hidden || i.id === id);
  const at = visible.findIndex((i) => i.id === id);
  const neighbour = visible[direction === "previous" ? at - 1 : at + 1];
  if (at < 0 || !neighbour) return null;
  const others = items.filter((i) => i.id !== id);
  const n = others.findIndex((i) => i.id === neighbour.id);
  return direction === "previous" ? n : n + 1;
}
