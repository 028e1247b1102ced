"use client";
import { useTranslations } from "next-intl";
import type { Metric } from "./score-rows";
import { useDeltaFormat, useScoreFormat } from "./use-score-format";

export type SummaryFigures = Record<Metric, number | null>;

/** The headline figures; with `previous`, each shows its change against the previous quarter. */
export function SummaryTiles({ current, previous }: { current: SummaryFigures; previous?: SummaryFigures }) {
  const t = useTranslations("dashboards");
  const formatScore = useScoreFormat();
  const formatDelta = useDeltaFormat();
  const metrics: Metric[] = ["csat", "nps", "ces", "responses"];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {metrics.map((m) => (
        <div key={m} className="rounded-lg border border-border bg-card p-4 break-inside-avoid">
          <dt className="text-sm text-muted-foreground">{t(`metrics.${m}.long`)}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{formatScore(m, current[m])}</dd>
          {previous && (
            <dd className="text-sm text-muted-foreground">
              {t("changeVsPrevious", { change: formatDelta(m, current[m], previous[m]), previous: formatScore(m, previous[m]) })}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
