"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Chart, type ChartColumn, type ChartSeries } from "@/components/ui/chart";
import { MetricSwitch } from "./metric-switch";
import { METRICS, type Metric, type ScoreRow } from "./score-rows";
import { useDeltaFormat, useScoreFormat } from "./use-score-format";

type Row = ScoreRow & { label: string; value: number | null; previous: number | null };

const DOMAINS: Record<Metric, [number, number] | undefined> = { csat: [0, 100], nps: [-100, 100], ces: [1, 7], responses: undefined };

/**
 * Scores per phase or per touchpoint for one metric at a time; with `compare`, the
 * previous quarter's figure beside each bar and the change in the table.
 */
export function ScoreChart(props: {
  title: string;
  description?: string;
  /** How to interact with the chart; on screen only. */
  hint?: string;
  rows: ScoreRow[];
  horizontal?: boolean;
  compare?: boolean;
  empty: { title: string; hint?: string };
  fileName: string;
  /** At most this many rows in the chart (worst first); the table lists them all. */
  limit?: number;
}) {
  const t = useTranslations("dashboards");
  const tw = useTranslations("dashboards.worse");
  const formatScore = useScoreFormat();
  const formatDelta = useDeltaFormat();
  const [metric, setMetric] = useState<Metric>("csat");
  const rows: Row[] = props.rows.map((r) => ({
    ...r,
    label: ((name: string) => (r.worse ? tw("mark", { name }) : name))(r.removed ? t("removedName", { name: r.name }) : r.name),
    value: r[metric],
    previous: metric === "responses" ? (r.responsesPrevious ?? null) : (r[`${metric}Previous`] ?? null),
  }));
  const [view, setView] = useState<"chart" | "all">("chart");
  const shown = props.limit && view === "chart" ? rows.slice(0, props.limit) : rows;
  const series: ChartSeries<Row>[] = [
    { key: "value", label: props.compare ? t("thisPeriod") : t(`metrics.${metric}.long`), color: 1, shape: "bar", format: (v) => formatScore(metric, v) },
    ...(props.compare
      ? [{ key: "previous", label: t("previousPeriod"), color: 2, shape: "bar", format: (v: number) => formatScore(metric, v) } as ChartSeries<Row>]
      : []),
  ];
  const others = METRICS.filter((m) => m !== metric);
  const columns: ChartColumn<Row>[] = [
    ...(props.compare ? [{ id: "change", label: t("change"), value: (r: Row) => formatDelta(metric, r.value, r.previous) }] : []),
    ...others.map((m) => ({ id: m, label: t(`metrics.${m}.short`), value: (r: Row) => formatScore(m, r[m]) })),
    ...(rows.some((r) => r.detail) ? [{ id: "detail", label: t("where"), value: (r: Row) => r.detail }] : []),
  ];
  return (
    <div className="grid gap-1">
      <Chart<Row>
        title={props.title}
        description={props.description}
        hint={props.hint}
        data={shown}
        categoryKey="label"
        series={series}
        columns={columns}
        horizontal={props.horizontal}
        domain={DOMAINS[metric]}
        hrefKey="href"
        empty={props.empty}
        fileName={`${props.fileName}-${metric}`}
        toolbar={<MetricSwitch value={metric} onChange={setMetric} metrics={METRICS} />}
      />
      {props.limit && rows.length > props.limit && (
        <button type="button" className="justify-self-start text-sm text-primary underline-offset-4 hover:underline print:hidden" onClick={() => setView(view === "chart" ? "all" : "chart")}>
          {view === "chart" ? t("showAll", { count: rows.length }) : t("showWorst", { count: props.limit })}
        </button>
      )}
    </div>
  );
}
