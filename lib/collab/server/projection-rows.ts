import type * as Y from "yjs";
import { getCards, getLanes, getPhases, getSteps, getTouchpoints } from "@/lib/journey/map-document";
import { CHANNELS, EMOTION_MAX, EMOTION_MIN, isOpportunityScore, OPPORTUNITY_STATUSES, type Channel } from "@/lib/journey/map-vocabulary";

export type PhaseRow = { id: string; name: string; position: number; templateKey: string | null };
export type StepRow = { id: string; phaseId: string; name: string; position: number; emotion: number | null };
export type TouchpointRow = { id: string; phaseId: string; stepId: string; name: string; channel: Channel | null; position: number };
export type OpportunityRow = {
  id: string;
  phaseId: string;
  name: string;
  ownerId: string | null;
  status: string;
  dueDate: string | null;
  customerValue: number | null;
  effort: number | null;
  position: number;
};
export type ProjectionRows = { phases: PhaseRow[]; steps: StepRow[]; touchpoints: TouchpointRow[]; opportunities: OpportunityRow[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The document is written by clients: anything not of the expected type is read defensively.
const text = (value: unknown) => (typeof value === "string" ? value.slice(0, 2000) : "");
const channel = (value: unknown): Channel | null => ((CHANNELS as readonly unknown[]).includes(value) ? (value as Channel) : null);
const ownerId = (value: unknown) => (typeof value === "string" && value.length > 0 && value.length <= 100 ? value : null);
const status = (value: unknown) => ((OPPORTUNITY_STATUSES as readonly unknown[]).includes(value) ? (value as string) : "idea");
const templateKey = (value: unknown) => (typeof value === "string" && /^[a-z0-9][a-z0-9_-]{0,39}$/.test(value) ? value : null);
const day = (value: unknown) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const score = (value: unknown) => (isOpportunityScore(value) ? value : null);
const emotion = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value) && value >= EMOTION_MIN && value <= EMOTION_MAX ? value : null;

/**
 * The relational projection of a map's document: phases and steps in journey order,
 * touchpoints ordered by step, then lane, then position in the cell. Items whose ids
 * are not uuids cannot be rows and are left out.
 */
export function projectionRows(doc: Y.Doc): ProjectionRows {
  const phases = getPhases(doc).filter((p) => UUID.test(p.id));
  const phaseIds = new Set(phases.map((p) => p.id));
  const steps = getSteps(doc).filter((s) => UUID.test(s.id) && phaseIds.has(s.phaseId));
  const stepRank = new Map(steps.map((s, i) => [s.id, i]));
  const stepPhase = new Map(steps.map((s) => [s.id, s.phaseId]));
  const laneRank = new Map(getLanes(doc).map((l, i) => [l.id, i]));
  const touchpoints = getTouchpoints(doc)
    .filter((t) => UUID.test(t.id) && stepRank.has(t.stepId))
    .sort(
      (a, b) =>
        stepRank.get(a.stepId)! - stepRank.get(b.stepId)! ||
        laneRank.get(a.laneId)! - laneRank.get(b.laneId)! ||
        (a.order < b.order ? -1 : a.order > b.order ? 1 : 0),
    );
  return {
    phases: phases.map((p, position) => ({ id: p.id, name: text(p.name), position, templateKey: templateKey(p.templateKey) })),
    steps: steps.map((s, position) => ({ id: s.id, phaseId: s.phaseId, name: text(s.name), position, emotion: emotion(s.emotion) })),
    touchpoints: touchpoints.map((t, position) => ({
      id: t.id,
      phaseId: t.phaseId,
      stepId: t.stepId,
      name: text(t.text),
      channel: channel(t.channel),
      position,
    })),
    opportunities: getCards(doc)
      .filter((c) => c.kind === "opportunity" && UUID.test(c.id) && stepRank.has(c.stepId))
      .sort((a, b) => stepRank.get(a.stepId)! - stepRank.get(b.stepId)! || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
      .map((c, position) => ({
        id: c.id,
        phaseId: stepPhase.get(c.stepId)!,
        name: text(c.text),
        ownerId: ownerId(c.ownerId),
        status: status(c.status),
        dueDate: day(c.dueDate),
        customerValue: score(c.customerValue),
        effort: score(c.effort),
        position,
      })),
  };
}
