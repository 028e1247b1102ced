/**
 * The team's assumed emotion against what customers said, on one scale.
 *
 * The map's emotion runs from -2 (frustrated) to +2 (delighted) in five steps; CSAT is
 * a five-point answer from 1 (very dissatisfied) to 5 (very satisfied). Both are
 * five-point scales around a neutral middle, so the measured emotion of a step is its
 * mean CSAT answer minus 3: a mean of 5 is +2, a mean of 3 is 0, a mean of 1 is -2.
 * The mean (not the CSAT percentage) is used because it moves with every answer, as
 * the curve does; a step with no CSAT answers has no measured emotion.
 *
 * The gap is assumed minus measured: positive means the team thinks the step is better
 * than customers say ("we think this delights; customers say otherwise").
 */
export const GAP_CALLOUT_MIN = 1;
export const GAP_CALLOUT_MAX = 3;

export function measuredEmotion(csatSum: number, csatCount: number): number | null {
  if (csatCount <= 0) return null;
  return Math.round((csatSum / csatCount - 3) * 100) / 100;
}

export type StepEmotion = { assumed: number | null; measured: number | null };
export type StepGap = { gap: number | null };

export function emotionGap(step: StepEmotion): number | null {
  if (step.assumed == null || step.measured == null) return null;
  return Math.round((step.assumed - step.measured) * 100) / 100;
}

/**
 * The steps worth a conversation: a gap of at least one full point either way, the
 * largest first, at most three, so the call-out stays short enough to act on.
 */
export function largestGaps<T extends StepGap>(steps: T[]): T[] {
  return steps
    .filter((s) => s.gap != null && Math.abs(s.gap) >= GAP_CALLOUT_MIN)
    .sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!))
    .slice(0, GAP_CALLOUT_MAX);
}
