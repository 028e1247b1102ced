import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { CHANNELS, EMOTION_MAX, EMOTION_MIN, LANE_KINDS, OPPORTUNITY_STATUSES } from "@/lib/journey/map-vocabulary";

/** A label in both UI languages, as the template files carry them. */
export const ZLocalized = z.object({ en: z.string().trim().min(1), nl: z.string().trim().min(1) });
export type Localized = z.infer<typeof ZLocalized>;

export const localize = (label: Localized, language: Locale): string => label[language];

const notes = z.array(ZLocalized).optional();

/** One step (a moment of the journey) with the cards it holds in each lane. */
const ZTemplateStep = z.object({
  name: ZLocalized,
  /** The customer's feeling at this moment, −2…+2; the emotion curve. */
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).optional(),
  need: notes,
  actions: notes,
  touchpoints: z.array(ZLocalized.extend({ channel: z.enum(CHANNELS), critical: z.boolean().optional() })).optional(),
  thoughts: notes,
  pain_points: notes,
  opportunities: z.array(ZLocalized.extend({ owner: ZLocalized, status: z.enum(OPPORTUNITY_STATUSES) })).optional(),
  backstage: notes,
  happy_flow: notes,
  fallback_flow: notes,
  /** Names of KPIs of this step's phase (`phase.kpis[].key`): each becomes a KPI card linked to the real KPI. */
  kpis: z.array(z.string().min(1)).optional(),
  /** The template's own lane (named in `laneNames.custom`), e.g. a blueprint's support processes. */
  custom: notes,
});

/** A measure with a target, created as a real KPI of the phase when the map is made. */
const ZTemplateKpi = z.object({
  key: z.string().min(1),
  name: ZLocalized,
  unit: z.string(),
  direction: z.enum(["higher", "lower"]),
  target: z.number(),
  tolerance: z.number().min(0),
});

const ZTemplatePhase = z.object({
  key: z.string().min(1),
  name: ZLocalized,
  goal: ZLocalized.optional(),
  steps: z.array(ZTemplateStep).min(1),
  kpis: z.array(ZTemplateKpi).optional(),
});

/** Lanes a template can use: every lane kind but the bare channel lane (touchpoints carry channels). */
const ZTemplateLane = z.enum(LANE_KINDS).exclude(["channel"]);
export type TemplateLane = z.infer<typeof ZTemplateLane>;
export const TEMPLATE_LANES: readonly TemplateLane[] = ZTemplateLane.options;

/**
 * A built-in template: a worked example a team can copy, written from the research in
 * ../shared/templates. `lanes` are the lanes it uses (shown, in this order); the other
 * default lanes are added hidden. `blank` marks a layout without content (the service
 * blueprint), the only kind allowed to leave its lanes empty.
 */
export const ZJourneyTemplate = z.object({
  id: z.string().min(1),
  name: ZLocalized,
  description: ZLocalized,
  blank: z.boolean().optional(),
  lanes: z.array(ZTemplateLane).min(1),
  laneNames: z.partialRecord(ZTemplateLane, ZLocalized).optional(),
  phases: z.array(ZTemplatePhase).min(1),
});
export type JourneyTemplate = z.infer<typeof ZJourneyTemplate>;
export type TemplatePhase = z.infer<typeof ZTemplatePhase>;
export type TemplateStep = z.infer<typeof ZTemplateStep>;
export type TemplateKpi = z.infer<typeof ZTemplateKpi>;
