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

/**
 * An opportunity's customer value and effort: whole numbers from 1 (low) to 5 (high), or
 * unset. The opportunity matrix splits each axis at OPPORTUNITY_SCORE_HIGH: 3 and up is high.
 */
export const OPPORTUNITY_SCORE_MIN = 1;
export const OPPORTUNITY_SCORE_MAX = 5;
export const OPPORTUNITY_SCORE_HIGH = 3;
export const OPPORTUNITY_SCORES = [1, 2, 3, 4, 5] as const;

export function isOpportunityScore(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= OPPORTUNITY_SCORE_MIN && value <= OPPORTUNITY_SCORE_MAX;
}

export const OPPORTUNITY_QUADRANTS = ["quick_wins", "big_bets", "fill_ins", "money_pits"] as const;
export type OpportunityQuadrant = (typeof OPPORTUNITY_QUADRANTS)[number];

/**
 * Where a placed opportunity falls: high value and low effort is a quick win, high value and
 * high effort a big bet, low value and low effort a fill-in, low value and high effort a money pit.
 * Null while either score is unset (or not a score).
 */
export function quadrantOf(customerValue: unknown, effort: unknown): OpportunityQuadrant | null {
  if (!isOpportunityScore(customerValue) || !isOpportunityScore(effort)) return null;
  const valuable = customerValue >= OPPORTUNITY_SCORE_HIGH;
  const costly = effort >= OPPORTUNITY_SCORE_HIGH;
  if (valuable) return costly ? "big_bets" : "quick_wins";
  return costly ? "money_pits" : "fill_ins";
}
