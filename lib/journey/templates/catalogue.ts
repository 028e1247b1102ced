import diyStoreVisit from "./diy-store-visit.json";
import fivePhase from "./five-phase.json";
import serviceProcess from "./service-process.json";
import { type JourneyTemplate, ZJourneyTemplate } from "./template-schema";

/** The built-in templates, in the order the create dialog offers them. */
export const TEMPLATE_IDS = ["five-phase", "diy-store-visit", "service-process"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

// Parsed once at import: a malformed template file fails loudly at start-up, not on first use.
const TEMPLATES: Record<TemplateId, JourneyTemplate> = {
  "five-phase": ZJourneyTemplate.parse(fivePhase),
  "diy-store-visit": ZJourneyTemplate.parse(diyStoreVisit),
  "service-process": ZJourneyTemplate.parse(serviceProcess),
};

export function getTemplate(id: TemplateId): JourneyTemplate {
  return TEMPLATES[id];
}

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === "string" && (TEMPLATE_IDS as readonly string[]).includes(value);
}
