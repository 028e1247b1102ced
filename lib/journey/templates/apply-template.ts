import type * as Y from "yjs";
import type { Locale } from "@/lib/i18n/locales";
import { addCard, addLane, addPhase, addStep, setLaneHidden } from "@/lib/journey/map-document";
import { type Channel, CHANNELS, DEFAULT_LANES, type LaneKind } from "@/lib/journey/map-vocabulary";
import { BLANK_PHASE_NAME, BLANK_STEP_NAME, DEFAULT_LANE_NAMES, GOAL_PREFIX } from "./lane-names";
import { metricName } from "./metric-names";
import { type JourneyTemplate, localize, type TemplatePhase } from "./template-schema";

/** Template lane keys → the lane kinds of the map vocabulary. */
const LANE_KIND_OF_TEMPLATE_KEY: Record<string, LaneKind> = {
  need: "need",
  "offer-per-channel": "backstage",
  "happy-flow": "happy_flow",
  "fallback-flow": "fallback_flow",
  kpi: "kpis",
};

/**
 * Lanes every map keeps visible even when a template's model does not name them: the
 * touchpoints carry the evidence, the emotion lane is the curve, and the opportunities
 * lane holds the action plan.
 */
const ALWAYS_VISIBLE: ReadonlySet<LaneKind> = new Set(["touchpoints", "emotion", "opportunities"]);

/** Maps a template's channel word ("word-of-mouth", "loyalty-program") onto the fixed channel list. */
export function toChannel(raw: string): Channel {
  const normalized = raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return (CHANNELS as readonly string[]).includes(normalized) ? (normalized as Channel) : "other";
}

/** Adds the default lanes, named in `language`, optionally renamed and hidden per template. */
function addLanes(doc: Y.Doc, language: Locale, template?: JourneyTemplate): Map<LaneKind, string> {
  const named = new Map<LaneKind, string>();
  for (const lane of template?.lanes ?? []) {
    const kind = LANE_KIND_OF_TEMPLATE_KEY[lane.key];
    if (kind) named.set(kind, localize(lane.name, language));
  }
  const ids = new Map<LaneKind, string>();
  for (const kind of DEFAULT_LANES) {
    const id = addLane(doc, kind, named.get(kind) ?? localize(DEFAULT_LANE_NAMES[kind], language));
    // A template that names its own lanes focuses the map on them; the rest stay available, hidden.
    if (named.size > 0 && !named.has(kind) && !ALWAYS_VISIBLE.has(kind)) setLaneHidden(doc, id, true);
    ids.set(kind, id);
  }
  for (const lane of template?.lanes ?? []) {
    if (!LANE_KIND_OF_TEMPLATE_KEY[lane.key]) ids.set("custom", addLane(doc, "custom", localize(lane.name, language)));
  }
  return ids;
}

function note(doc: Y.Doc, laneId: string | undefined, stepId: string, text: string): void {
  if (laneId) addCard(doc, { laneId, stepId, kind: "note", text });
}

function addTemplatePhase(doc: Y.Doc, phase: TemplatePhase, language: Locale, lanes: Map<LaneKind, string>): string[] {
  const phaseId = addPhase(doc, localize(phase.name, language));
  // A phase described by what the customer does becomes one step named for it; a phase
  // that lists its own steps keeps them.
  const stepNames = phase.steps?.length
    ? phase.steps.map((s) => localize(s, language))
    : [localize(phase.customer ?? phase.name, language)];
  const stepIds = stepNames.map((name) => addStep(doc, phaseId, name));
  const first = stepIds[0]!;
  const touchpointLane = lanes.get("touchpoints");
  for (const tp of phase.touchpoints ?? []) {
    if (touchpointLane) {
      addCard(doc, {
        laneId: touchpointLane,
        stepId: first,
        kind: "touchpoint",
        text: localize(tp, language),
        channel: toChannel(tp.channel),
        department: "",
        medium: null,
        senses: [],
        critical: false,
      });
    }
  }
  if (phase.goal) note(doc, lanes.get("kpis"), first, `${localize(GOAL_PREFIX, language)}: ${localize(phase.goal, language)}`);
  for (const metric of phase.metrics ?? []) note(doc, lanes.get("kpis"), first, metricName(metric, language));
  return stepIds;
}

/** A new blank map: the default lanes and one phase with one step. */
export function buildBlankMap(doc: Y.Doc, language: Locale): void {
  doc.transact(() => {
    addLanes(doc, language);
    addStep(doc, addPhase(doc, localize(BLANK_PHASE_NAME, language)), localize(BLANK_STEP_NAME, language));
  });
}

/**
 * Builds a map from a template in `language`, only through the document module's
 * mutations so the result has exactly the shape the editor and the projection expect.
 * A template without phases of its own (a lane model) gets the phases of `phaseSource`.
 */
export function applyTemplate(doc: Y.Doc, template: JourneyTemplate, language: Locale, phaseSource?: JourneyTemplate): void {
  doc.transact(() => {
    const lanes = addLanes(doc, language, template);
    // Borrowed phases bring their names and moments only, not the other model's cards.
    const phases = template.phases?.length
      ? template.phases
      : (phaseSource?.phases ?? []).map(({ key, name, customer }) => ({ key, name, customer }));
    const stepIds = phases.flatMap((phase) => addTemplatePhase(doc, phase, language, lanes));
    if (stepIds.length === 0) {
      stepIds.push(addStep(doc, addPhase(doc, localize(BLANK_PHASE_NAME, language)), localize(BLANK_STEP_NAME, language)));
    }
    // The lifecycle is the route a newly designed process takes to going live: the
    // team's action plan, so it starts as planned opportunities on the first step.
    const opportunities = lanes.get("opportunities");
    for (const stage of template.lifecycle ?? []) {
      if (opportunities) {
        addCard(doc, {
          laneId: opportunities,
          stepId: stepIds[0]!,
          kind: "opportunity",
          text: localize(stage, language),
          owner: "",
          status: "planned",
          dueDate: null,
        });
      }
    }
  });
}
