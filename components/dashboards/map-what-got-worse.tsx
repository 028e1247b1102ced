import { getFormatter, getTranslations } from "next-intl/server";
import { formatScore, formatScoreDelta } from "@/lib/dashboards/score-format";
import { WORSENED_CSAT_POINTS, type Worsening } from "@/lib/dashboards/what-got-worse";
import { editorHref } from "./score-rows";

/**
 * "What got worse" on one map, listed above its figures: touchpoints that lost more than
 * the set CSAT points against the quarter before, and KPIs that moved off target.
 */
export async function MapWhatGotWorse({ slug, worsening, quarter, previousQuarter }: { slug: string | null; worsening: Worsening; quarter: string; previousQuarter: string }) {
  const t = await getTranslations("dashboards.worse");
  const format = await getFormatter();
  const kpiStatus = await getTranslations("dashboards.kpis.statuses");
  const nothing = worsening.touchpoints.length === 0 && worsening.kpis.length === 0;
  const number = (v: number, unit: string) => `${format.number(v, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ""}`;
  return (
    <section
      aria-labelledby="map-what-got-worse"
      data-testid="what-got-worse"
      className={nothing ? "rounded-lg border border-border bg-card p-4 break-inside-avoid" : "rounded-lg border border-destructive/30 bg-destructive/5 p-4 break-inside-avoid"}
    >
      <h2 id="map-what-got-worse" className="font-semibold">
        {t("title", { quarter, previous: previousQuarter })}
      </h2>
      {nothing ? (
        <p className="mt-1 text-sm text-muted-foreground">{t("none", { previous: previousQuarter, points: WORSENED_CSAT_POINTS })}</p>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm">
          {worsening.touchpoints.map(({ figure, previous }) => {
            const href = figure.removed ? null : editorHref(slug, figure.mapId, "touchpoint", figure.touchpointId);
            const text = t("touchpoint", {
              name: figure.phaseName ? `${figure.name} (${figure.phaseName})` : figure.name,
              csat: formatScore(format, "csat", figure.scores.csat),
              before: formatScore(format, "csat", previous.csat),
              change: formatScoreDelta(format, "csat", figure.scores.csat, previous.csat),
              previous: previousQuarter,
            });
            return (
              <li key={figure.touchpointId}>
                <span aria-hidden className="mr-1 text-destructive">▼</span>
                {href ? (
                  <a href={href} className="underline-offset-4 hover:underline">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
          {worsening.kpis.map(({ figure, previousStatus }) => (
            <li key={figure.kpiId}>
              <span aria-hidden className="mr-1 text-destructive">▼</span>
              {t("kpi", {
                name: figure.name,
                where: figure.subject.name,
                value: figure.latest ? number(figure.latest.value, figure.unit) : "—",
                target: number(figure.target, figure.unit),
                was: kpiStatus(previousStatus),
                previous: previousQuarter,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
