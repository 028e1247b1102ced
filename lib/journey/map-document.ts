import { generateKeyBetween } from "fractional-indexing";
import * as Y from "yjs";
import {
  type CardKind,
  type Channel,
  EMOTION_MAX,
  EMOTION_MIN,
  isOpportunityScore,
  type LaneKind,
  type OpportunityStatus,
  type Sense,
} from "./map-vocabulary";

/**
 * The one definition of a journey map's Yjs document, used by the editor, the
 * collaboration server, the projection and the templates.
 *
 * Every collection is a top-level Y.Map of id → Y.Map, ordered by a fractional `order`
 * key rather than by array position: moving an item only changes its `order` (and its
 * parent ids), so concurrent edits to the moved item are never lost, and two people
 * moving different items never conflict.
 */

/** `templateKey`: the template phase it was made from (see db map_phases.template_key); absent on phases made by hand. */
export type PhaseData = { id: string; name: string; order: string; templateKey?: string };
export type StepData = { id: string; phaseId: string; name: string; order: string; emotion: number | null };
export type LaneData = { id: string; kind: LaneKind; name: string; order: string; hidden: boolean };
export type CardData = {
  id: string;
  laneId: string;
  stepId: string;
  order: string;
  kind: CardKind;
  text: string;
  // touchpoints
  channel?: Channel | null;
  department?: string;
  medium?: "digital" | "physical" | null;
  senses?: Sense[];
  critical?: boolean;
  // opportunities
  /** The member who owns it (a user id); `owner` is an older free-text owner no member matched. */
  ownerId?: string | null;
  owner?: string;
  status?: OpportunityStatus;
  dueDate?: string | null;
  /** Customer value and effort, 1 (low) to 5 (high), or unset: the opportunity matrix places the card by them. */
  customerValue?: number | null;
  effort?: number | null;
  // a KPI card: the KPI (a row of `kpis`) whose live value and status it shows
  kpiId?: string | null;
};
/**
 * A comment as the document held it before comments became rows (map_comments): read
 * once per map to move it there, never written. See lib/comments/move-document-comments.ts.
 */
export type LegacyComment = {
  id: string;
  cardId?: unknown;
  authorId?: unknown;
  body?: unknown;
  mentions?: unknown;
  createdAt?: unknown;
  resolved?: unknown;
};

/**
 * An extra emotion curve beside the steps' own (`StepData.emotion`, the map's main curve):
 * another persona's, or a "to be" against the "as is". `values` maps step ids to −2…+2;
 * it is a shared map created with the curve, so concurrent edits of different steps merge.
 */
/** An extra emotion curve: "to be", or one persona's (then `personaId` names the persona record). */
export type CurveData = { id: string; name: string; order: string; values: Record<string, number>; personaId?: string | null };

/** A plain, ordered copy of the whole map: for projection, snapshots, export and tests. */
export type MapContent = {
  phases: PhaseData[];
  steps: StepData[];
  lanes: LaneData[];
  cards: CardData[];
  /** Present only when the map has extra emotion curves. */
  curves?: CurveData[];
};

type Collection = "phases" | "steps" | "lanes" | "cards" | "curves";
/** Where comments lived in the document; only the move to rows reads it. */
const LEGACY_COMMENTS = "comments";

const newId = () => crypto.randomUUID();
const col = (doc: Y.Doc, name: Collection) => doc.getMap<Y.Map<unknown>>(name);
const byOrder = <T extends { order: string; id: string }>(a: T, b: T) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1;

function read<T>(doc: Y.Doc, name: Collection): T[] {
  const out: T[] = [];
  col(doc, name).forEach((value, id) => out.push({ ...(value.toJSON() as object), id } as T));
  return out;
}

function insertItem(doc: Y.Doc, name: Collection, id: string, fields: Record<string, unknown>): void {
  const item = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) item.set(k, v);
  col(doc, name).set(id, item);
}

function patchItem(doc: Y.Doc, name: Collection, id: string, patch: Record<string, unknown>): boolean {
  const item = col(doc, name).get(id);
  if (!item) return false;
  doc.transact(() => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined && item.get(k) !== v) item.set(k, v);
  });
  return true;
}

/** The order key that places an item at `index` among `siblings` (already sorted, without the item). */
export function orderAt(siblings: Array<{ order: string }>, index: number): string {
  const i = Math.max(0, Math.min(index, siblings.length));
  return generateKeyBetween(siblings[i - 1]?.order ?? null, siblings[i]?.order ?? null);
}

// ---- reading ----

export function getPhases(doc: Y.Doc): PhaseData[] {
  return read<PhaseData>(doc, "phases").sort(byOrder);
}

/** Steps in journey order: by their phase's order, then their own. Steps of a missing phase are left out. */
export function getSteps(doc: Y.Doc): StepData[] {
  const phaseRank = new Map(getPhases(doc).map((p, i) => [p.id, i]));
  return read<StepData>(doc, "steps")
    .filter((s) => phaseRank.has(s.phaseId))
    .sort((a, b) => phaseRank.get(a.phaseId)! - phaseRank.get(b.phaseId)! || byOrder(a, b));
}

export function getStepsOfPhase(doc: Y.Doc, phaseId: string): StepData[] {
  return read<StepData>(doc, "steps")
    .filter((s) => s.phaseId === phaseId)
    .sort(byOrder);
}

export function getLanes(doc: Y.Doc): LaneData[] {
  return read<LaneData>(doc, "lanes").sort(byOrder);
}

export function getCards(doc: Y.Doc): CardData[] {
  return read<CardData>(doc, "cards").sort(byOrder);
}

export function getCardsInCell(doc: Y.Doc, laneId: string, stepId: string): CardData[] {
  return getCards(doc).filter((c) => c.laneId === laneId && c.stepId === stepId);
}

export function getCard(doc: Y.Doc, id: string): CardData | null {
  const item = col(doc, "cards").get(id);
  return item ? ({ ...(item.toJSON() as object), id } as CardData) : null;
}

export function getCurves(doc: Y.Doc): CurveData[] {
  return read<CurveData>(doc, "curves")
    .map((c) => ({ ...c, values: c.values ?? {} }))
    .sort(byOrder);
}

export function readMapContent(doc: Y.Doc): MapContent {
  const content: MapContent = { phases: getPhases(doc), steps: getSteps(doc), lanes: getLanes(doc), cards: getCards(doc) };
  const curves = getCurves(doc);
  if (curves.length) content.curves = curves;
  return content;
}

/** Touchpoint cards whose step and lane still exist: what the projection stores. */
export function getTouchpoints(doc: Y.Doc): Array<CardData & { phaseId: string }> {
  const steps = new Map(getSteps(doc).map((s) => [s.id, s]));
  const lanes = new Set(getLanes(doc).map((l) => l.id));
  return getCards(doc)
    .filter((c) => c.kind === "touchpoint" && steps.has(c.stepId) && lanes.has(c.laneId))
    .map((c) => ({ ...c, phaseId: steps.get(c.stepId)!.phaseId }));
}

// ---- phases ----

export function addPhase(doc: Y.Doc, name: string, index = Number.MAX_SAFE_INTEGER, id = newId(), templateKey?: string): string {
  doc.transact(() => insertItem(doc, "phases", id, { name, order: orderAt(getPhases(doc), index), templateKey }));
  return id;
}

export function renamePhase(doc: Y.Doc, id: string, name: string): boolean {
  return patchItem(doc, "phases", id, { name });
}

export function movePhase(doc: Y.Doc, id: string, index: number): boolean {
  const others = getPhases(doc).filter((p) => p.id !== id);
  return patchItem(doc, "phases", id, { order: orderAt(others, index) });
}

/** Removes a phase with its steps and their cards. */
export function deletePhase(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const step of getStepsOfPhase(doc, id)) deleteStep(doc, step.id);
    col(doc, "phases").delete(id);
  });
}

// ---- steps ----

export function addStep(doc: Y.Doc, phaseId: string, name: string, index = Number.MAX_SAFE_INTEGER, id = newId()): string {
  doc.transact(() =>
    insertItem(doc, "steps", id, { phaseId, name, order: orderAt(getStepsOfPhase(doc, phaseId), index), emotion: null }),
  );
  return id;
}

export function renameStep(doc: Y.Doc, id: string, name: string): boolean {
  return patchItem(doc, "steps", id, { name });
}

/** Moves a step to `index` within `phaseId` (which may be another phase). */
export function moveStep(doc: Y.Doc, id: string, phaseId: string, index: number): boolean {
  const others = getStepsOfPhase(doc, phaseId).filter((s) => s.id !== id);
  return patchItem(doc, "steps", id, { phaseId, order: orderAt(others, index) });
}

export function deleteStep(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const card of getCards(doc)) if (card.stepId === id) deleteCard(doc, card.id);
    col(doc, "steps").delete(id);
  });
}

export function clampEmotion(value: number): number {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(value)));
}

/** Sets the assumed emotion of a step (-2..2), or clears it with null. */
export function setEmotion(doc: Y.Doc, stepId: string, value: number | null): boolean {
  const item = col(doc, "steps").get(stepId);
  if (!item) return false;
  doc.transact(() => item.set("emotion", value === null ? null : clampEmotion(value)));
  return true;
}

// ---- extra emotion curves ----

export function addCurve(doc: Y.Doc, name: string, id = newId(), personaId: string | null = null): string {
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set("name", name);
    if (personaId) item.set("personaId", personaId);
    item.set("order", orderAt(getCurves(doc), Number.MAX_SAFE_INTEGER));
    item.set("values", new Y.Map<number>());
    col(doc, "curves").set(id, item);
  });
  return id;
}

export function renameCurve(doc: Y.Doc, id: string, name: string): boolean {
  return patchItem(doc, "curves", id, { name });
}

/** Binds a curve to a persona (its name follows the persona's), or unbinds it with null. */
export function setCurvePersona(doc: Y.Doc, id: string, personaId: string | null): boolean {
  return patchItem(doc, "curves", id, { personaId });
}

export function deleteCurve(doc: Y.Doc, id: string): void {
  doc.transact(() => col(doc, "curves").delete(id));
}

/** Sets a step's value on an extra curve (-2..2), or clears it with null. */
export function setCurveEmotion(doc: Y.Doc, curveId: string, stepId: string, value: number | null): boolean {
  const values = col(doc, "curves").get(curveId)?.get("values");
  if (!(values instanceof Y.Map)) return false;
  doc.transact(() => {
    if (value === null) values.delete(stepId);
    else values.set(stepId, clampEmotion(value));
  });
  return true;
}

// ---- lanes ----

export function addLane(doc: Y.Doc, kind: LaneKind, name: string, index = Number.MAX_SAFE_INTEGER, id = newId()): string {
  doc.transact(() => insertItem(doc, "lanes", id, { kind, name, hidden: false, order: orderAt(getLanes(doc), index) }));
  return id;
}

export function renameLane(doc: Y.Doc, id: string, name: string): boolean {
  return patchItem(doc, "lanes", id, { name });
}

export function moveLane(doc: Y.Doc, id: string, index: number): boolean {
  const others = getLanes(doc).filter((l) => l.id !== id);
  return patchItem(doc, "lanes", id, { order: orderAt(others, index) });
}

export function setLaneHidden(doc: Y.Doc, id: string, hidden: boolean): boolean {
  return patchItem(doc, "lanes", id, { hidden });
}

export function deleteLane(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const card of getCards(doc)) if (card.laneId === id) deleteCard(doc, card.id);
    col(doc, "lanes").delete(id);
  });
}

// ---- cards ----

export type NewCard = Omit<CardData, "id" | "order"> & { id?: string; index?: number };

export function addCard(doc: Y.Doc, card: NewCard): string {
  const { id = newId(), index = Number.MAX_SAFE_INTEGER, ...fields } = card;
  doc.transact(() =>
    insertItem(doc, "cards", id, { ...fields, order: orderAt(getCardsInCell(doc, card.laneId, card.stepId), index) }),
  );
  return id;
}

/** Customer value and effort are set through setOpportunityScores, which checks them. */
export type CardPatch = Partial<Omit<CardData, "id" | "order" | "laneId" | "stepId" | "kind" | "customerValue" | "effort">>;

export function updateCard(doc: Y.Doc, id: string, patch: CardPatch): boolean {
  return patchItem(doc, "cards", id, patch);
}

export type OpportunityScores = { customerValue?: number | null; effort?: number | null };

/**
 * Sets an opportunity card's customer value and/or effort (a field left out stays as it is;
 * null unsets it). Refuses — changing nothing — a card that is not an opportunity, or a value
 * that is not a whole number from 1 to 5: the document is written by clients, but not
 * through this module with nonsense.
 */
export function setOpportunityScores(doc: Y.Doc, id: string, scores: OpportunityScores): boolean {
  const item = col(doc, "cards").get(id);
  if (!item || item.get("kind") !== "opportunity") return false;
  for (const value of [scores.customerValue, scores.effort]) if (value !== undefined && value !== null && !isOpportunityScore(value)) return false;
  return patchItem(doc, "cards", id, scores);
}

/** Moves a card into another cell (or within its own) at `index`. */
export function moveCard(doc: Y.Doc, id: string, laneId: string, stepId: string, index: number): boolean {
  const others = getCardsInCell(doc, laneId, stepId).filter((c) => c.id !== id);
  return patchItem(doc, "cards", id, { laneId, stepId, order: orderAt(others, index) });
}

/** Deletes a card; its comments (rows) stay and show again if the card is restored. */
export function deleteCard(doc: Y.Doc, id: string): void {
  col(doc, "cards").delete(id);
}

/**
 * Puts a deleted card back exactly as it was (same id, place and fields), for "undo" of
 * a deletion; its comments come back with the id. Does nothing when the card exists again.
 */
export function restoreCard(doc: Y.Doc, card: CardData): boolean {
  if (col(doc, "cards").has(card.id)) return false;
  doc.transact(() => {
    const { id, ...fields } = card;
    insertItem(doc, "cards", id, fields);
  });
  return true;
}

// ---- comments kept in the document before they became rows ----

export function readLegacyComments(doc: Y.Doc): LegacyComment[] {
  const out: LegacyComment[] = [];
  doc.getMap<unknown>(LEGACY_COMMENTS).forEach((value, id) => {
    if (value instanceof Y.Map) out.push({ ...(value.toJSON() as object), id });
  });
  return out;
}

/** Empties the old comments collection (after its entries were moved to rows). */
export function clearLegacyComments(doc: Y.Doc, origin: unknown): void {
  const legacy = doc.getMap<unknown>(LEGACY_COMMENTS);
  if (legacy.size === 0) return;
  doc.transact(() => {
    for (const id of [...legacy.keys()]) legacy.delete(id);
  }, origin);
}

/** Subscribes to every change in the map's content; returns the unsubscribe function. */
export function observeMap(doc: Y.Doc, onChange: (transaction: Y.Transaction) => void): () => void {
  const maps = (["phases", "steps", "lanes", "cards", "curves"] as const).map((n) => col(doc, n));
  const handler = (_events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => onChange(transaction);
  for (const m of maps) m.observeDeep(handler);
  return () => {
    for (const m of maps) m.unobserveDeep(handler);
  };
}

/** The shared types Y.UndoManager should track, so undo covers the whole map. */
export function undoScope(doc: Y.Doc): Array<Y.Map<Y.Map<unknown>>> {
  return (["phases", "steps", "lanes", "cards", "curves"] as const).map((n) => col(doc, n));
}
