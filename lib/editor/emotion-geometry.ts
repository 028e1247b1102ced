import { EMOTION_MAX, EMOTION_MIN } from "@/lib/journey/map-vocabulary";

/**
 * Where the emotion curve draws a step's value and which value a pointer position
 * means. The curve is one SVG across all step columns; y grows downwards, so +2
 * (delighted) sits at the top.
 */
export type CurveBox = { height: number; padding: number };
export type Point = { x: number; y: number };

const RANGE = EMOTION_MAX - EMOTION_MIN;

/** The y coordinate of an emotion value (a missing value is drawn at neutral). */
export function emotionToY(value: number | null, box: CurveBox): number {
  const v = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, value ?? 0));
  return box.padding + ((EMOTION_MAX - v) / RANGE) * (box.height - 2 * box.padding);
}

/** The emotion value nearest to a y coordinate, snapped to a whole step and clamped to -2..+2. */
export function yToEmotion(y: number, box: CurveBox): number {
  const span = box.height - 2 * box.padding;
  const raw = EMOTION_MAX - ((y - box.padding) / span) * RANGE;
  const snapped = Math.round(Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, raw)));
  return snapped === 0 ? 0 : snapped; // no -0
}

/** The horizontal centre of the step at `index` when every step column is `stepWidth` wide. */
export function stepCenterX(index: number, stepWidth: number): number {
  return index * stepWidth + stepWidth / 2;
}

/**
 * A smooth SVG path through the points: each segment is a cubic Bézier with horizontal
 * tangents, so the curve never overshoots above +2 or below -2 between two steps.
 */
export function curvePath(points: Point[]): string {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  let d = `M ${first!.x} ${first!.y}`;
  let prev = first!;
  for (const p of rest) {
    const mid = (prev.x + p.x) / 2;
    d += ` C ${mid} ${prev.y} ${mid} ${p.y} ${p.x} ${p.y}`;
    prev = p;
  }
  return d;
}

/**
 * The value a key press on a focused emotion point sets, following the WAI-ARIA slider
 * pattern; `null` clears the value, `undefined` means the key is not the slider's.
 */
export function emotionForKey(key: string, current: number | null): number | null | undefined {
  const base = current ?? 0;
  switch (key) {
    case "ArrowUp":
    case "ArrowRight":
    case "PageUp":
      return Math.min(EMOTION_MAX, current === null ? 1 : base + 1);
    case "ArrowDown":
    case "ArrowLeft":
    case "PageDown":
      return Math.max(EMOTION_MIN, current === null ? -1 : base - 1);
    case "Home":
      return EMOTION_MIN;
    case "End":
      return EMOTION_MAX;
    case "Delete":
    case "Backspace":
      return null;
    default:
      return undefined;
  }
}
