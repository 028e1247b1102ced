import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { getTemplate } from "./catalogue";
import { localize, TEMPLATE_LANES, type TemplateLane } from "./template-schema";
import type { TemplateId } from "./template-ids";

export type TemplatePreview = { id: TemplateId; phases: string[]; lanes: TemplateLane[]; steps: number; cards: number; kpis: number };

const CARD_LANES = TEMPLATE_LANES.filter((lane): lane is Exclude<TemplateLane, "emotion"> => lane !== "emotion");

/** What the template gallery shows of a template before one picks it: its phases, lanes and how much it holds. */
export function templatePreview(id: TemplateId, language: Locale): TemplatePreview {
  const template = getTemplate(id);
  const steps = template.phases.flatMap((p) => p.steps);
  return {
    id,
    phases: template.phases.map((p) => localize(p.name, language)),
    lanes: template.lanes,
    steps: steps.length,
    cards: steps.reduce((n, s) => n + CARD_LANES.reduce((m, lane) => m + (s[lane]?.length ?? 0), 0), 0),
    kpis: template.phases.reduce((n, p) => n + (p.kpis?.length ?? 0), 0),
  };
}
