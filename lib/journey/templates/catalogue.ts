import b2bOnboarding from "./b2b-onboarding.json";
import diyStoreVisit from "./diy-store-visit.json";
import ecommerceOrder from "./ecommerce-order.json";
import fivePhase from "./five-phase.json";
import serviceBlueprint from "./service-blueprint.json";
import serviceProcess from "./service-process.json";
import supportCase from "./support-case.json";
import { type JourneyTemplate, ZJourneyTemplate } from "./template-schema";
import { TEMPLATE_IDS, type TemplateId } from "./template-ids";

export { TEMPLATE_IDS, type TemplateId };

// Parsed once at import: a malformed template file fails loudly at start-up, not on first use.
const TEMPLATES: Record<TemplateId, JourneyTemplate> = {
  "five-phase": ZJourneyTemplate.parse(fivePhase),
  "ecommerce-order": ZJourneyTemplate.parse(ecommerceOrder),
  "support-case": ZJourneyTemplate.parse(supportCase),
  "b2b-onboarding": ZJourneyTemplate.parse(b2bOnboarding),
  "diy-store-visit": ZJourneyTemplate.parse(diyStoreVisit),
  "service-process": ZJourneyTemplate.parse(serviceProcess),
  "service-blueprint": ZJourneyTemplate.parse(serviceBlueprint),
};

export function getTemplate(id: TemplateId): JourneyTemplate {
  return TEMPLATES[id];
}
