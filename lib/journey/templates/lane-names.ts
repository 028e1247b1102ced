import type { LaneKind } from "@/lib/journey/map-vocabulary";
import type { Localized } from "./template-schema";

/**
 * The names a lane gets when a map is created. They are document content, not UI text:
 * once written into the map, the team may rename them, so they live here rather than in
 * the message catalogue.
 */
export const DEFAULT_LANE_NAMES: Record<LaneKind, Localized> = {
  need: { en: "Customer need / goal", nl: "Behoefte / doel van de klant" },
  actions: { en: "Customer actions", nl: "Acties van de klant" },
  touchpoints: { en: "Touchpoints", nl: "Contactmomenten" },
  channel: { en: "Channel", nl: "Kanaal" },
  emotion: { en: "Emotion", nl: "Emotie" },
  thoughts: { en: "Thoughts", nl: "Gedachten" },
  pain_points: { en: "Pain points", nl: "Pijnpunten" },
  opportunities: { en: "Opportunities", nl: "Kansen" },
  backstage: { en: "Backstage / what we offer per channel", nl: "Backstage / wat we per kanaal bieden" },
  happy_flow: { en: "Happy flow", nl: "Happy flow" },
  fallback_flow: { en: "Fallback flow", nl: "Fallback flow" },
  kpis: { en: "KPIs", nl: "KPI's" },
  custom: { en: "Notes", nl: "Notities" },
};

export const BLANK_PHASE_NAME: Localized = { en: "Phase 1", nl: "Fase 1" };
export const BLANK_STEP_NAME: Localized = { en: "Step 1", nl: "Stap 1" };
