import diyStoreVisit from "./diy-store-visit.json";
import fivePhase from "./five-phase.json";
import serviceProcess from "./service-process.json";
import { type JourneyTemplate, ZJourneyTemplate } from "./template-schema";
import { TEMPLATE_IDS, type TemplateId } from "./template-ids";

export { TEMPLATE_IDS, type TemplateId };

// Parsed once at import: a malformed template file fails loudly at start-up, not on first use.
const TEMPLATES: Record<TemplateId, JourneyTemplate> = {
  "five-phase": ZJourneyTemplate.parse(fivePhase),
  "diy-store-visit": ZJourneyTemplate.parse(diyStoreVisit),
  "service-process": ZJourneyTemplate.parse(serviceProcess),
};

export function getTemplate(id: TemplateId): JourneyTemplate {
  return TEMPLATES[id];
}
