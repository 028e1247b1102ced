import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatScore, formatScoreDelta } from "@/lib/dashboards/score-format";
import { type Portfolio, WORSENED_CSAT_POINTS } from "@/lib/portfolio/get-portfolio";
import { phaseDashboardHref } from "./portfolio-links";

/** The phases that lost most satisfaction, and maps with KPIs off target: listed before the table. */
export async function WhatGotWorse({ slug, portfolio }: { slug: string; portfolio: Portfolio }) {
  const t = await getTranslations("dashboards.portfolio");
  const format = await getFormatter();
  const phases = portfolio.rows
    .flatMap((row) => row.cells.filter((c) => c.worsened).map((cell) => ({ row, cell })))
    .sort((a, b) => a.cell.change! - b.cell.change!);
  const kpis = portfolio.rows.filter((r) => r.kpis.off > 0);
  return (
    <section aria-labelledby="what-got-worse" className="rounded-lg border border-destructive/30 bg-destructive/5 p-4">
      <h2 id="what-got-worse" className="font-semibold">
        {t("worseTitle")}
      </h2>
      {phases.length === 0 && kpis.length === 0 ? (
        <p className="mt-1 text-sm text-muted-foreground">{t("worseNone", { previous: portfolio.previousQuarter, points: WORSENED_CSAT_POINTS })}</p>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm">
          {phases.map(({ row, cell }) => (
            <li key={cell.phaseId}>
              <Link href={phaseDashboardHref(slug, row.mapId, portfolio.quarter, cell.phaseId)} className="underline-offset-4 hover:underline">
                {t("worsePhase", {
                  map: row.name,
                  phase: cell.name,
                  csat: formatScore(format, "csat", cell.current.csat),
                  change: formatScoreDelta(format, "csat", cell.current.csat, cell.previous.csat),
                  previous: portfolio.previousQuarter,
                })}
              </Link>
            </li>
          ))}
          {kpis.map((row) => (
            <li key={`kpis-${row.mapId}`}>
              <Link href={`/w/${slug}/maps/${row.mapId}/dashboard?quarter=${portfolio.quarter}`} className="underline-offset-4 hover:underline">
                {t("worseKpis", { map: row.name, count: row.kpis.off })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
