import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboards/load-dashboard";
import { worseFirst, type Worsening } from "@/lib/dashboards/what-got-worse";
import { periodLabel } from "@/lib/evidence/periods";
import { EmotionChart, type EmotionRow } from "./emotion-chart";
import { KpiStatusTable, type KpiRow } from "./kpi-status-table";
import { ScoreChart } from "./score-chart";
import { editorHref, phaseRows, touchpointRows } from "./score-rows";
import { SummaryTiles, type SummaryFigures } from "./summary-tiles";
import { TrendCharts } from "./trend-charts";

const figures = (d: Dashboard): SummaryFigures => ({
  csat: d.summary.scores.csat,
  nps: d.summary.scores.nps,
  ces: d.summary.scores.ces,
  responses: d.summary.scores.responses,
});

/**
 * Every figure of a dashboard, laid out for the screen and for print. With `previous`
 * (the quarterly review) each figure is set against the previous quarter; the trend is
 * left out there, since the quarter itself is the period.
 */
export async function DashboardSections(props: {
  /** Null where the reader is outside the workspace (a share link): figures link nowhere. */
  slug: string | null;
  dashboard: Dashboard;
  previous?: Dashboard;
  granularity: "month" | "quarter";
  /** Pooled across maps: touchpoints and KPIs name their map. */
  acrossMaps: boolean;
  fileName: string;
  /** Which filter left the selection empty, in words (explain-empty.ts); else the general hint. */
  emptyBecause?: string;
  /** What got worse against the quarter before: marked and listed first in the touchpoint and KPI figures. */
  worse?: Worsening;
}) {
  const { slug, dashboard: d, previous } = props;
  const t = await getTranslations("dashboards");
  const channels = await getTranslations("editor.channels");
  const channelLabel = (c: string) => (channels.has(c) ? channels(c) : c);
  const compare = previous !== undefined;

  const worseTouchpoints = new Set(props.worse?.touchpoints.map((w) => w.figure.touchpointId));
  const worseKpis = new Set(props.worse?.kpis.map((w) => w.figure.kpiId));
  const previousKpis = new Map(previous?.kpis.map((k) => [k.kpiId, k]));
  const kpiRows: KpiRow[] = worseFirst(d.kpis, (k) => worseKpis.has(k.kpiId)).map((k) => {
    const before = previousKpis.get(k.kpiId);
    return {
      kpiId: k.kpiId,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      target: k.target,
      tolerance: k.tolerance,
      where: [props.acrossMaps ? k.mapName : null, k.subject.name].filter(Boolean).join(" · "),
      removed: k.subject.removed,
      latest: k.latest ? { label: periodLabel(k.latest.periodStart, k.periodKind), value: k.latest.value } : null,
      status: k.status,
      previous: compare ? (before?.latest ? { value: before.latest.value, status: before.status } : null) : undefined,
      href: k.subject.removed ? null : editorHref(slug, k.mapId, k.subject.kind, k.subject.id),
      worse: worseKpis.has(k.kpiId),
    };
  });

  const emotionRows: EmotionRow[] =
    d.emotions?.steps.map((s) => ({
      label: s.phaseName ? `${s.name} (${s.phaseName})` : s.name,
      assumed: s.assumed,
      measured: s.measured,
      gap: s.gap,
      answers: s.csatCount,
      href: null,
    })) ?? [];
  const gapIds = new Set(d.emotions?.largestGaps.map((g) => g.stepId));
  const gapRows = d.emotions ? d.emotions.steps.flatMap((s, i) => (gapIds.has(s.stepId) ? [emotionRows[i]!] : [])) : [];
  gapRows.sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!));

  const empty = { title: t("empty.title"), hint: props.emptyBecause ?? t("empty.hint") };
  return (
    <div className="grid gap-4">
      <SummaryTiles current={figures(d)} previous={previous ? figures(previous) : undefined} />
      <div className="grid gap-4 xl:grid-cols-2">
        <ScoreChart
          title={t("byPhase.title")}
          description={t(props.acrossMaps ? "byPhase.descriptionPooled" : "byPhase.description")}
          rows={phaseRows(slug, d.byPhase, previous?.byPhase)}
          compare={compare}
          // "No phases" only where there are none; phases without answers are an empty selection like any other.
          empty={d.byPhase.length > 0 ? empty : { title: t("empty.phasesTitle"), hint: props.emptyBecause ?? t("empty.phasesHint") }}
          fileName={`${props.fileName}-phases`}
        />
        <ScoreChart
          title={t("byTouchpoint.title")}
          description={t("byTouchpoint.description")}
          hint={t("byTouchpoint.hint")}
          rows={touchpointRows(slug, worseFirst(d.byTouchpoint, (f) => worseTouchpoints.has(f.touchpointId)), {
            previous: previous?.byTouchpoint,
            withMapName: props.acrossMaps,
            channelLabel,
            worse: worseTouchpoints,
          })}
          horizontal
          compare={compare}
          limit={10}
          empty={empty}
          fileName={`${props.fileName}-touchpoints`}
        />
      </div>
      {!compare && (
        <div className="grid gap-4 xl:grid-cols-2">
          <TrendCharts
            rows={d.trend.map((p) => ({ label: p.label, csat: p.scores.csat, nps: p.scores.nps, ces: p.scores.ces, responses: p.scores.responses }))}
            granularity={props.granularity}
            fileName={props.fileName}
          />
        </div>
      )}
      {d.emotions && <EmotionChart rows={emotionRows} gaps={gapRows} fileName={props.fileName} />}
      <KpiStatusTable rows={kpiRows} compare={compare} />
    </div>
  );
}
