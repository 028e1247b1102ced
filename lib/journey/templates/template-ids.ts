/** The built-in templates, in the order the gallery offers them; safe to import in the browser. */
export const TEMPLATE_IDS = [
  "five-phase",
  "ecommerce-order",
  "support-case",
  "b2b-onboarding",
  "diy-store-visit",
  "service-process",
  "service-blueprint",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** How a new map starts: blank or from one of the templates. */
export const MAP_STARTERS = ["blank", ...TEMPLATE_IDS] as const;
export type MapStarter = (typeof MAP_STARTERS)[number];
