/** The fixed vocabularies of a journey map (PRODUCT.md): lane kinds, channels, senses, statuses. */
export const LANE_KINDS = [
  "need",
  "actions",
  "touchpoints",
  "channel",
  "emotion",
  "thoughts",
  "pain_points",
  "opportunities",
  "backstage",
  "happy_flow",
  "fallback_flow",
  "kpis",
  "custom",
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const CHANNELS = [
  "web",
  "app",
  "email",
  "phone",
  "chat",
  "store",
  "social",
  "post",
  "ads",
  "review_site",
  "search",
  "word_of_mouth",
  "news",
  "blog",
  "webinar",
  "other",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SENSES = ["visual", "auditory", "tactile", "olfactory", "gustatory"] as const;
export type Sense = (typeof SENSES)[number];

export const OPPORTUNITY_STATUSES = ["idea", "planned", "doing", "done"] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const CARD_KINDS = ["note", "touchpoint", "opportunity"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Which card a lane holds; the emotion lane holds no cards (it is the curve). */
export function cardKindForLane(kind: LaneKind): CardKind | null {
  if (kind === "emotion") return null;
  if (kind === "touchpoints") return "touchpoint";
  if (kind === "opportunities") return "opportunity";
  return "note";
}

/** The lanes a new blank map starts with, in order. */
export const DEFAULT_LANES: LaneKind[] = [
  "need",
  "actions",
  "touchpoints",
  "emotion",
  "thoughts",
  "pain_points",
  "opportunities",
  "backstage",
  "happy_flow",
  "fallback_flow",
  "kpis",
];

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
