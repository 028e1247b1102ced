"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { NativeSelect } from "@/components/ui/input";
import { Chart, type ChartSeries } from "@/components/ui/chart";
import type { TTouchpointEvidence } from "@/lib/evidence/client/evidence-schemas";
import { formatScore, SCORE_METRICS, type ScoreMetric } from "@/lib/evidence/client/score-badge";

type Row = { month: string; score: number | null; responses: number };

const DOMAIN: Record<ScoreMetric, [number, number]> = { csat: [0, 100], nps: [-100, 100], ces: [1, 7] };

/** A touchpoint's score per month with the number of answers behind it; one scale at a time. */
export function ScoreTrend({ trend, initial, fileName }: { trend: TTouchpointEvidence["trend"]; initial: ScoreMetric | null; fileName: string }) {
  const t = useTranslations("editor.evidence");
  const format = useFormatter();
  const locale = useLocale();
  const selectId = useId();
  const measured = SCORE_METRICS.filter((m) => trend.some((row) => row[m] != null));
  const [chosen, setChosen] = useState<ScoreMetric | null>(initial);
  const metric = chosen && measured.includes(chosen) ? chosen : (measured[0] ?? "csat");
  const data: Row[] = trend.map((row) => ({
    month: format.dateTime(new Date(`${row.month}-15T12:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" }),
    score: row[metric],
    responses: row.responses,
  }));
  const series: ChartSeries<Row>[] = [
    { key: "responses", label: t("responsesAxis"), color: 2, shape: "bar", axis: "right" },
    { key: "score", label: t(`metric.${metric}`), color: 1, shape: "line", format: (v) => formatScore(metric, v, locale) },
  ];
  return (
    <Chart
      title={t("trend")}
      description={t("trendDescription")}
      data={data}
      categoryKey="month"
      series={series}
      domain={DOMAIN[metric]}
      height={180}
      empty={{ title: t("trendEmpty") }}
      fileName={fileName}
      className="p-3"
      toolbar={
        measured.length > 1 && (
          <>
            <label htmlFor={selectId} className="sr-only">
              {t("trendMetric")}
            </label>
            <NativeSelect id={selectId} value={metric} onChange={(e) => setChosen(measured.find((m) => m === e.target.value) ?? null)} className="h-8 w-24 text-xs">
              {measured.map((m) => (
                <option key={m} value={m}>
                  {t(`metric.${m}`)}
                </option>
              ))}
            </NativeSelect>
          </>
        )
      }
    />
  );
}
