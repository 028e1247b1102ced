import "server-only";
import { phaseRows, type ScoreRow, touchpointRows } from "@/components/dashboards/score-rows";
import type { Granularity } from "@/lib/dashboards/filters";
import type { Dashboard } from "@/lib/dashboards/load-dashboard";
import type { ScoreMetric } from "@/lib/dashboards/score-format";
import { periodLabel } from "@/lib/evidence/periods";
import type { PdfI18n } from "./pdf-i18n";
import { View } from "@react-pdf/renderer";
import { Bars, Bullets, type Cell, COLORS, type Column, Section, styles, Table, Tiles, Txt } from "./pdf-kit";
import { gapDirection } from "@/lib/dashboards/score-format";

const METRICS: ScoreMetric[] = ["csat", "nps", "ces", "responses"];
const STATUS_COLOR = { on: COLORS.on, near: COLORS.near, off: COLORS.off } as const;

/**
 * The figures of a dashboard as PDF sections, the same figures the page shows: totals,
 * by phase, touchpoints worst first, the trend, the team's emotion curve against
 * measured satisfaction, and KPIs against their targets. With `previous` (the quarterly
 * review) every figure is set against the previous quarter and the trend is left out,
 * as on the page.
 */
export function DashboardPdfSections(props: {
  i18n: PdfI18n;
  dashboard: Dashboard;
  previous?: { dashboard: Dashboard; label: string };
  /** Pooled across maps: touchpoints and KPIs name their map. */
  acrossMaps: boolean;
  /** How many touchpoints the table lists, worst first. */
  touchpointLimit: number;
  granularity: Granularity;
}) {
  const { i18n, dashboard: d, previous } = props;
  const t = i18n.dashboards;
  const compare = previous !== undefined;
  const removed = (name: string, isRemoved: boolean) => (isRemoved ? t("removedName", { name }) : name);

  // One row of figures; with a previous quarter, each figure is followed by its change.
  const scoreColumns: Column[] = METRICS.flatMap((m) => [
    { label: t(`metrics.${m}.short`), numeric: true },
    ...(compare ? [{ label: t("pdf.vsPrevious", { previous: previous.label }), numeric: true }] : []),
  ]);
  const scoreCells = (row: ScoreRow): Cell[] =>
    METRICS.flatMap((m) => [
      i18n.score(m, row[m]),
      ...(compare ? [i18n.delta(m, row[m], row[`${m}Previous`])] : []),
    ]);
  const csatBars = (rows: ScoreRow[]) =>
    rows.map((r) => ({
      label: removed(r.name, r.removed),
      value: r.csat,
      text: i18n.score("csat", r.csat),
      ...(compare ? { previous: r.csatPrevious ?? null } : {}),
    }));

  const phases = phaseRows("", d.byPhase, previous?.dashboard.byPhase);
  const touchpoints = touchpointRows("", d.byTouchpoint, {
    previous: previous?.dashboard.byTouchpoint,
    withMapName: props.acrossMaps,
    channelLabel: i18n.channel,
  });
  const worst = touchpoints.slice(0, props.touchpointLimit);

  const previousKpis = new Map(previous?.dashboard.kpis.map((k) => [k.kpiId, k]));
  const kpiValue = (v: number, unit: string) => `${i18n.number(v)}${unit ? ` ${unit}` : ""}`;

  const emotions = d.emotions;
  const stepLabel = (s: { name: string; phaseName: string | null }) => (s.phaseName ? `${s.name} (${s.phaseName})` : s.name);

  return (
    <>
      <Section title={t("pdf.totals")}>
        <Tiles
          tiles={METRICS.map((m) => ({
            label: t(`metrics.${m}.long`),
            value: i18n.score(m, d.summary.scores[m]),
            note: previous
              ? t("changeVsPrevious", {
                  change: i18n.delta(m, d.summary.scores[m], previous.dashboard.summary.scores[m]),
                  previous: i18n.score(m, previous.dashboard.summary.scores[m]),
                })
              : undefined,
          }))}
        />
      </Section>

      <Section title={t("byPhase.title")} description={t(props.acrossMaps ? "byPhase.descriptionPooled" : "byPhase.description")}>
        {phases.length > 0 && <Bars bars={csatBars(phases)} max={100} />}
        <Table
          columns={[{ label: t("pdf.phase"), grow: 3 }, ...scoreColumns]}
          rows={phases.map((p) => [removed(p.name, p.removed), ...scoreCells(p)])}
          empty={`${t("empty.phasesTitle")}. ${t("empty.phasesHint")}`}
        />
      </Section>

      <Section
        title={t("byTouchpoint.title")}
        description={touchpoints.length > worst.length ? t("pdf.worst", { shown: worst.length, total: touchpoints.length }) : undefined}
      >
        {worst.length > 0 && <Bars bars={csatBars(worst)} max={100} />}
        <Table
          columns={[{ label: t("pdf.name"), grow: 3 }, { label: t("where"), grow: 3 }, ...scoreColumns]}
          rows={worst.map((r) => [removed(r.name, r.removed), r.detail, ...scoreCells(r)])}
          empty={`${t("empty.title")}. ${t("empty.hint")}`}
        />
      </Section>

      {!compare && (
        <Section title={t("trend.title", { granularity: props.granularity })} description={t("trend.description")}>
          {d.trend.length > 0 && (
            <Bars
              bars={d.trend.map((p) => ({ label: p.label, value: p.scores.responses, text: i18n.score("responses", p.scores.responses) }))}
              max={Math.max(...d.trend.map((p) => p.scores.responses))}
            />
          )}
          <Table
            columns={[{ label: t("filters.period"), grow: 2 }, ...METRICS.map((m) => ({ label: t(`metrics.${m}.short`), numeric: true }))]}
            rows={d.trend.map((p) => [p.label, ...METRICS.map((m) => i18n.score(m, p.scores[m]))])}
            empty={t("empty.trendHint")}
          />
        </Section>
      )}

      {emotions && (
        <Section title={t("emotion.title")} description={t("emotion.description")}>
          {emotions.largestGaps.length > 0 && (
            <View style={{ marginBottom: 8 }} wrap={false}>
              <Txt style={styles.subheading}>{t("emotion.gapsTitle")}</Txt>
              <Bullets
              items={emotions.largestGaps.map((g) =>
                t(g.gap! > 0 ? "emotion.gapOptimistic" : "emotion.gapPessimistic", {
                  step: stepLabel(g),
                  assumed: i18n.emotion(g.assumed!),
                  measured: i18n.emotion(g.measured!),
                  gap: i18n.gap(g.gap!),
                }),
              )}
              />
            </View>
          )}
          <Table
            columns={[
              { label: t("pdf.step"), grow: 3 },
              { label: t("emotion.assumed"), numeric: true, grow: 1.5 },
              { label: t("emotion.measured"), numeric: true, grow: 1.5 },
              { label: t("emotion.gap"), numeric: true },
              { label: t("emotion.answers"), numeric: true },
            ]}
            rows={emotions.steps.map((s) => [
              stepLabel(s),
              s.assumed == null ? "—" : i18n.emotion(s.assumed),
              s.measured == null ? "—" : i18n.emotion(s.measured),
              s.gap == null ? "—" : t("emotion.gapCell", { gap: i18n.gap(s.gap), direction: t(`emotion.gapWord.${gapDirection(s.gap)}`) }),
              i18n.score("responses", s.csatCount),
            ])}
            empty={`${t("emotion.emptyTitle")}. ${t("emotion.emptyHint")}`}
          />
        </Section>
      )}

      <Section title={t("kpis.title")} description={t("kpis.description")}>
        <Table
          columns={[
            { label: t("kpis.kpi"), grow: 2.5 },
            { label: t("kpis.where"), grow: 2.5 },
            { label: t("kpis.target"), grow: 1.5, numeric: true },
            { label: t("kpis.latest"), grow: 1.5, numeric: true },
            ...(compare ? [{ label: t("kpis.previous"), grow: 1.5, numeric: true }] : []),
            { label: t("kpis.status"), grow: 1.2 },
          ]}
          rows={d.kpis.map((k) => {
            const before = previousKpis.get(k.kpiId);
            const where = [props.acrossMaps ? k.mapName : null, k.subject.name].filter(Boolean).join(" · ");
            const target = t(k.direction === "higher" ? "kpis.atLeast" : "kpis.atMost", { target: kpiValue(k.target, k.unit) });
            return [
              k.name,
              k.subject.removed ? `${where} (${t("kpis.removed")})` : where,
              k.tolerance > 0 ? `${target}, ${t("kpis.tolerance", { tolerance: kpiValue(k.tolerance, k.unit) })}` : target,
              k.latest ? `${kpiValue(k.latest.value, k.unit)} (${periodLabel(k.latest.periodStart, k.periodKind)})` : t("kpis.notMeasured"),
              ...(compare ? [before?.latest ? kpiValue(before.latest.value, before.unit) : "—"] : []),
              k.status ? { text: t(`kpis.statuses.${k.status}`), color: STATUS_COLOR[k.status], bold: true } : t("kpis.noStatus"),
            ];
          })}
          empty={`${t("kpis.emptyTitle")}. ${t("kpis.emptyHint")}`}
        />
      </Section>
    </>
  );
}
