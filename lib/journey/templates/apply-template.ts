import type * as Y from "yjs";
import { withUnit } from "@/lib/evidence/kpi-unit";
import type { Locale } from "@/lib/i18n/locales";
import { addCard, addLane, addPhase, addStep, setEmotion, setLaneHidden } from "@/lib/journey/map-document";
import { DEFAULT_LANES } from "@/lib/journey/map-vocabulary";
import { BLANK_PHASE_NAME, BLANK_STEP_NAME, DEFAULT_LANE_NAMES } from "./lane-names";
import { type JourneyTemplate, localize, type TemplateKpi, TEMPLATE_LANES, type TemplateLane, type TemplateStep } from "./template-schema";

/** A KPI the template promises for a phase; created as a real KPI row with the map. */
export type TemplateKpiRow = { id: string; phaseId: string; name: string; unit: string; direction: "higher" | "lower"; target: number; tolerance: number };

// Template files write units once, in English; the Dutch map gets them in Dutch.
const DUTCH_UNITS: Record<string, string> = { days: "dagen", day: "dag", hours: "uur", hour: "uur", minutes: "minuten", weeks: "weken", points: "punten" };
export const localizeUnit = (unit: string, language: Locale) => (language === "nl" ? (DUTCH_UNITS[unit] ?? unit) : unit);

/** "CSAT ≥ 80 %": how a KPI card names its KPI and target. */
export function kpiCardText(kpi: TemplateKpi, language: Locale): string {
  const target = withUnit(kpi.target.toLocaleString(language), localizeUnit(kpi.unit, language));
  return `${localize(kpi.name, language)} ${kpi.direction === "higher" ? "≥" : "≤"} ${target}`;
}

/**
 * The lanes of a new map: a template's lanes first, in its order and named as it names
 * them, then the other default lanes hidden (still one click away). A blank map has every
 * default lane, shown.
 */
function addLanes(doc: Y.Doc, language: Locale, template?: JourneyTemplate): Map<TemplateLane, string> {
  const ids = new Map<TemplateLane, string>();
  const used: TemplateLane[] = template?.lanes ?? DEFAULT_LANES.filter((kind): kind is TemplateLane => (TEMPLATE_LANES as readonly string[]).includes(kind));
  for (const kind of used) {
    const name = template?.laneNames?.[kind] ?? DEFAULT_LANE_NAMES[kind];
    ids.set(kind, addLane(doc, kind, localize(name, language)));
  }
  for (const kind of DEFAULT_LANES) {
    if (ids.has(kind as TemplateLane)) continue;
    setLaneHidden(doc, addLane(doc, kind, localize(DEFAULT_LANE_NAMES[kind], language)), true);
  }
  return ids;
}

function addStepCards(doc: Y.Doc, lanes: Map<TemplateLane, string>, stepId: string, step: TemplateStep, kpis: Array<TemplateKpi & { id: string }>, language: Locale): void {
  for (const lane of TEMPLATE_LANES) {
    const laneId = lanes.get(lane);
    if (!laneId || lane === "emotion") continue;
    if (lane === "touchpoints") {
      for (const tp of step.touchpoints ?? []) {
        addCard(doc, { laneId, stepId, kind: "touchpoint", text: localize(tp, language), channel: tp.channel, department: "", medium: null, senses: [], critical: tp.critical ?? false });
      }
    } else if (lane === "opportunities") {
      for (const o of step.opportunities ?? []) {
        addCard(doc, { laneId, stepId, kind: "opportunity", text: localize(o, language), owner: localize(o.owner, language), status: o.status, dueDate: null });
      }
    } else if (lane === "kpis") {
      for (const key of step.kpis ?? []) {
        const kpi = kpis.find((k) => k.key === key);
        if (kpi) addCard(doc, { laneId, stepId, kind: "note", text: kpiCardText(kpi, language), kpiId: kpi.id });
      }
    } else {
      for (const note of step[lane] ?? []) addCard(doc, { laneId, stepId, kind: "note", text: localize(note, language) });
    }
  }
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
 * Returns the KPIs to create for its phases (the caller writes them with the map).
 */
export function applyTemplate(doc: Y.Doc, template: JourneyTemplate, language: Locale): TemplateKpiRow[] {
  const kpis: TemplateKpiRow[] = [];
  doc.transact(() => {
    const lanes = addLanes(doc, language, template);
    for (const phase of template.phases) {
      const phaseId = addPhase(doc, localize(phase.name, language), undefined, undefined, phase.key);
      // The KPI rows' ids are chosen here, so the KPI cards can name them before they exist.
      const phaseKpis = (phase.kpis ?? []).map((k) => ({ ...k, id: crypto.randomUUID() }));
      for (const step of phase.steps) {
        const stepId = addStep(doc, phaseId, localize(step.name, language));
        if (step.emotion !== undefined) setEmotion(doc, stepId, step.emotion);
        addStepCards(doc, lanes, stepId, step, phaseKpis, language);
      }
      for (const k of phaseKpis) {
        kpis.push({ id: k.id, phaseId, name: localize(k.name, language), unit: localizeUnit(k.unit, language), direction: k.direction, target: k.target, tolerance: k.tolerance });
      }
    }
  });
  return kpis;
}
