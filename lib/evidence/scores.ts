/**
 * Score arithmetic for customer feedback, shared by the map, the side panel, the API and
 * the dashboards. SQL aggregates the counts (see touchpoint-scores.ts); these functions
 * turn counts into scores so every screen computes them the same way.
 *
 * - CSAT (1–5): the percentage of CSAT answers that are 4 or 5.
 * - NPS (0–10): percentage of promoters (9–10) minus percentage of detractors (0–6).
 * - CES (1–7, 7 = "very easy"): the mean answer; higher is better.
 */

export type FeedbackAggregate = {
  responses: number;
  csatCount: number;
  csatSatisfied: number;
  npsCount: number;
  npsPromoters: number;
  npsDetractors: number;
  cesCount: number;
  cesSum: number;
};

export type Scores = {
  /** Percentage 0–100, one decimal; null without CSAT answers. */
  csat: number | null;
  /** −100…100, one decimal; null without NPS answers. */
  nps: number | null;
  /** Mean 1–7, two decimals; null without CES answers. */
  ces: number | null;
  responses: number;
  csatCount: number;
  npsCount: number;
  cesCount: number;
};

export type Answers = { csat?: number | null; nps?: number | null; ces?: number | null };

export const EMPTY_AGGREGATE: FeedbackAggregate = {
  responses: 0,
  csatCount: 0,
  csatSatisfied: 0,
  npsCount: 0,
  npsPromoters: 0,
  npsDetractors: 0,
  cesCount: 0,
  cesSum: 0,
};

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

export function csatScore(satisfied: number, answers: number): number | null {
  return answers > 0 ? round((satisfied / answers) * 100, 1) : null;
}

export function npsScore(promoters: number, detractors: number, answers: number): number | null {
  return answers > 0 ? round(((promoters - detractors) / answers) * 100, 1) : null;
}

export function cesScore(sum: number, answers: number): number | null {
  return answers > 0 ? round(sum / answers, 2) : null;
}

export function isCsatSatisfied(csat: number): boolean {
  return csat >= 4;
}
export function isPromoter(nps: number): boolean {
  return nps >= 9;
}
export function isDetractor(nps: number): boolean {
  return nps <= 6;
}

/** Counts of a list of responses, the same counts the SQL aggregate produces. */
export function aggregateAnswers(responses: Answers[]): FeedbackAggregate {
  const a = { ...EMPTY_AGGREGATE };
  for (const r of responses) {
    a.responses += 1;
    if (r.csat != null) {
      a.csatCount += 1;
      if (isCsatSatisfied(r.csat)) a.csatSatisfied += 1;
    }
    if (r.nps != null) {
      a.npsCount += 1;
      if (isPromoter(r.nps)) a.npsPromoters += 1;
      if (isDetractor(r.nps)) a.npsDetractors += 1;
    }
    if (r.ces != null) {
      a.cesCount += 1;
      a.cesSum += r.ces;
    }
  }
  return a;
}

export function scoresFromAggregate(a: FeedbackAggregate): Scores {
  return {
    csat: csatScore(a.csatSatisfied, a.csatCount),
    nps: npsScore(a.npsPromoters, a.npsDetractors, a.npsCount),
    ces: cesScore(a.cesSum, a.cesCount),
    responses: a.responses,
    csatCount: a.csatCount,
    npsCount: a.npsCount,
    cesCount: a.cesCount,
  };
}

/**
 * Where a touchpoint stands on one scale from 0 (worst) to 1 (best): CSAT when it was
 * asked, else NPS, else CES, so a touchpoint's colour follows its headline score.
 */
export function normalisedScore(scores: Pick<Scores, "csat" | "nps" | "ces">): number | null {
  if (scores.csat != null) return scores.csat / 100;
  if (scores.nps != null) return (scores.nps + 100) / 200;
  if (scores.ces != null) return (scores.ces - 1) / 6;
  return null;
}

export type Tint = { hue: number; color: string; background: string };

/** A red (0) to green (1) tint, as hue and CSS colours for a border/text and a light fill. */
export function tintFromNormalised(value: number | null): Tint | null {
  if (value == null || Number.isNaN(value)) return null;
  const hue = Math.round(Math.min(1, Math.max(0, value)) * 120);
  return { hue, color: `hsl(${hue} 70% 35%)`, background: `hsl(${hue} 75% 92%)` };
}

export function tintForScores(scores: Pick<Scores, "csat" | "nps" | "ces">): Tint | null {
  return tintFromNormalised(normalisedScore(scores));
}
