import type { PhaseFigure } from "@/lib/dashboards/by-phase";
import type { TouchpointFigure } from "@/lib/dashboards/by-touchpoint";
import type { Scores } from "@/lib/evidence/scores";

/** One bar of a score chart and one row of its table: plain data, so it can cross to the browser. */
export type ScoreRow = {
  key: string;
  name: string;
  /** Map, phase and channel, for the table. */
  detail: string;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  responses: number;
  /** The same figures a quarter earlier (quarterly review only). */
  csatPrevious?: number | null;
  npsPrevious?: number | null;
  cesPrevious?: number | null;
  responsesPrevious?: number;
  removed: boolean;
  /** Lost more than the set CSAT points against the quarter before (what-got-worse.ts). */
  worse?: boolean;
  href: string | null;
};

export const METRICS = ["csat", "nps", "ces", "responses"] as const;
export type Metric = (typeof METRICS)[number];

/** Where a figure opens its card in the editor; no link without a workspace (a map shared outside it). */
export const editorHref = (slug: string | null, mapId: string, param: "touchpoint" | "phase", id: string) =>
  slug === null ? null : `/w/${slug}/maps/${mapId}?${param}=${encodeURIComponent(id)}`;

function scoreFields(scores: Scores | undefined, suffix: "" | "Previous") {
  return {
    [`csat${suffix}`]: scores?.csat ?? null,
    [`nps${suffix}`]: scores?.nps ?? null,
    [`ces${suffix}`]: scores?.ces ?? null,
    [`responses${suffix}`]: scores?.responses ?? 0,
  };
}

export function phaseRows(slug: string | null, figures: PhaseFigure[], previous?: PhaseFigure[]): ScoreRow[] {
  const before = new Map(previous?.map((p) => [p.key, p.scores]));
  return figures.map((p) => ({
    key: p.key,
    name: p.name,
    detail: "",
    ...(scoreFields(p.scores, "") as Pick<ScoreRow, "csat" | "nps" | "ces" | "responses">),
    ...(previous ? scoreFields(before.get(p.key), "Previous") : {}),
    removed: p.removed,
    href: p.phaseId && p.mapId && !p.removed ? editorHref(slug, p.mapId, "phase", p.phaseId) : null,
  }));
}

export function touchpointRows(
  slug: string | null,
  figures: TouchpointFigure[],
  options: { previous?: TouchpointFigure[]; withMapName: boolean; channelLabel: (channel: string) => string; worse?: ReadonlySet<string> },
): ScoreRow[] {
  const before = new Map(options.previous?.map((p) => [p.touchpointId, p.scores]));
  return figures.map((f) => ({
    key: f.touchpointId,
    name: f.name,
    detail: [options.withMapName ? f.mapName : null, f.phaseName, f.channel ? options.channelLabel(f.channel) : null]
      .filter(Boolean)
      .join(" · "),
    ...(scoreFields(f.scores, "") as Pick<ScoreRow, "csat" | "nps" | "ces" | "responses">),
    ...(options.previous ? scoreFields(before.get(f.touchpointId), "Previous") : {}),
    removed: f.removed,
    worse: options.worse?.has(f.touchpointId) ?? false,
    href: f.removed ? null : editorHref(slug, f.mapId, "touchpoint", f.touchpointId),
  }));
}
