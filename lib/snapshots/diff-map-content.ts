import type { CardData, MapContent, PhaseData, StepData } from "@/lib/journey/map-document";

export type Changed<T> = { before: T; after: T; fields: string[] };
export type CollectionDiff<T> = { added: T[]; removed: T[]; changed: Array<Changed<T>> };
export type MapDiff = {
  phases: CollectionDiff<PhaseData>;
  steps: CollectionDiff<StepData>;
  touchpoints: CollectionDiff<CardData>;
  /** Every other card: notes in any lane and opportunities. */
  cards: CollectionDiff<CardData>;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function diffById<T extends { id: string }>(before: T[], after: T[], fieldsOf: (a: T, b: T) => string[]): CollectionDiff<T> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changed: Array<Changed<T>> = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) continue;
    const fields = fieldsOf(was, item);
    if (fields.length) changed.push({ before: was, after: item, fields });
  }
  return { added: after.filter((x) => !old.has(x.id)), removed: before.filter((x) => !now.has(x.id)), changed };
}

const compare = <T>(a: T, b: T, keys: Array<keyof T & string>) => keys.filter((k) => !same(a[k], b[k]));

/** A field that changed because the item moved rather than because it was edited. */
const MOVED = "moved";

const CARD_FIELDS: Array<keyof CardData & string> = ["text", "channel", "department", "medium", "senses", "critical", "owner", "status", "dueDate", "customerValue", "effort"];

/**
 * What changed from one version of a map to another: phases, steps, touchpoints and
 * other cards added, removed or changed, matched by their stable ids (a snapshot keeps
 * the ids of the map it was taken of). "moved" means a phase or step changed place, or
 * a card went to another step or lane; reordering within a cell is not a change worth
 * reporting. A card that became a touchpoint (or stopped being one) shows as removed
 * from one list and added to the other.
 */
export function diffMapContent(before: MapContent, after: MapContent): MapDiff {
  const isTouchpoint = (c: CardData) => c.kind === "touchpoint";
  const cardFields = (a: CardData, b: CardData) => [
    ...compare(a, b, CARD_FIELDS),
    ...(a.stepId !== b.stepId || a.laneId !== b.laneId ? [MOVED] : []),
  ];
  return {
    phases: diffById(before.phases, after.phases, (a, b) => [...compare(a, b, ["name"]), ...(a.order !== b.order ? [MOVED] : [])]),
    steps: diffById(before.steps, after.steps, (a, b) => [
      ...compare(a, b, ["name", "emotion"]),
      ...(a.order !== b.order || a.phaseId !== b.phaseId ? [MOVED] : []),
    ]),
    touchpoints: diffById(before.cards.filter(isTouchpoint), after.cards.filter(isTouchpoint), cardFields),
    cards: diffById(
      before.cards.filter((c) => !isTouchpoint(c)),
      after.cards.filter((c) => !isTouchpoint(c)),
      cardFields,
    ),
  };
}

export function countChanges(diff: MapDiff): number {
  return Object.values(diff).reduce((n, d) => n + d.added.length + d.removed.length + d.changed.length, 0);
}
