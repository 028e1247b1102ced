import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";

/** A label in both UI languages, as the template files carry them. */
export const ZLocalized = z.object({ en: z.string().min(1), nl: z.string().min(1) });
export type Localized = z.infer<typeof ZLocalized>;

export const localize = (label: Localized, language: Locale): string => label[language];

const ZTouchpoint = ZLocalized.extend({ channel: z.string().min(1) });

const ZPhase = z.object({
  key: z.string().min(1),
  name: ZLocalized,
  goal: ZLocalized.optional(),
  customer: ZLocalized.optional(),
  channels: z.array(z.string()).optional(),
  touchpoints: z.array(ZTouchpoint).optional(),
  metrics: z.array(z.string()).optional(),
  steps: z.array(ZLocalized).optional(),
});

const ZLane = z.object({ key: z.string().min(1), name: ZLocalized });

/**
 * The shape of the template files in this folder (copied from the shared research data).
 * Templates differ in what they hold: phases with touchpoints and metrics, phases with
 * steps, or only the lanes of a model; every part is optional except the name.
 */
export const ZJourneyTemplate = z.object({
  id: z.string().min(1),
  name: ZLocalized,
  phases: z.array(ZPhase).optional(),
  lanes: z.array(ZLane).optional(),
  lifecycle: z.array(ZLocalized).optional(),
});
export type JourneyTemplate = z.infer<typeof ZJourneyTemplate>;
export type TemplatePhase = z.infer<typeof ZPhase>;
