"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Chart } from "@/components/ui/chart";
import { MetricSwitch } from "./metric-switch";
import type { Metric } from "./score-rows";
import { useScoreFormat } from "./use-score-format";

export type TrendRow = { label: string; csat: number | null; nps: number | null; ces: number | null; responses: number };

const SCORE_METRICS = ["csat", "nps", "ces"] as const;
const DOMAINS = { csat: [0, 100], nps: [-100, 100], ces: [1, 7] } as const;

/** Scores per month or quarter (a gap where a period had no answers) and response volume. */
export function TrendCharts({ rows, granularity, fileName }: { rows: TrendRow[]; granularity: "month" | "quarter"; fileName: string }) {
  const t = useTranslations("dashboards");
  const formatScore = useScoreFormat();
  const [metric, setMetric] = useState<(typeof SCORE_METRICS)[number]>("csat");
  const empty = { title: t("empty.title"), hint: t("empty.trendHint") };
  return (
    <>
      <Chart<TrendRow>
        title={t("trend.title", { granularity })}
        description={t("trend.description")}
        data={rows}
        categoryKey="label"
        series={[{ key: metric, label: t(`metrics.${metric}.long`), color: 1, shape: "line", format: (v) => formatScore(metric, v) }]}
        columns={[
          ...SCORE_METRICS.filter((m) => m !== metric).map((m) => ({ id: m, label: t(`metrics.${m}.short`), value: (r: TrendRow) => formatScore(m, r[m]) })),
          { id: "responses", label: t("metrics.responses.short"), value: (r) => formatScore("responses", r.responses) },
        ]}
        domain={[...DOMAINS[metric]]}
        empty={empty}
        fileName={`${fileName}-trend-${metric}`}
        toolbar={<MetricSwitch value={metric} onChange={(m: Metric) => m !== "responses" && setMetric(m)} metrics={SCORE_METRICS} />}
      />
      <Chart<TrendRow>
        title={t("volume.title", { granularity })}
        description={t("volume.description")}
        data={rows}
        categoryKey="label"
        series={[{ key: "responses", label: t("metrics.responses.long"), color: 2, shape: "bar", format: (v) => formatScore("responses", v) }]}
        empty={empty}
        fileName={`${fileName}-volume`}
      />
    </>
  );
}
