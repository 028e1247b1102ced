import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatScore, formatScoreDelta } from "@/lib/dashboards/score-format";
import { tintForScores } from "@/lib/evidence/scores";
import type { Portfolio, PortfolioCell, PortfolioRow, PortfolioSort } from "@/lib/portfolio/get-portfolio";
import { phaseDashboardHref } from "./portfolio-links";

type Column = { sort: PortfolioSort | null; label: string; numeric?: boolean };

/**
 * Every journey as a row: its phases as cells coloured by CSAT with the change against
 * the quarter before, then responses, KPI statuses, open actions and the last review.
 * Sorting is a link per column header (the order lives in the URL).
 */
export async function PortfolioTable(props: { slug: string; portfolio: Portfolio; rows: PortfolioRow[]; sort: PortfolioSort; descending: boolean }) {
  const t = await getTranslations("dashboards.portfolio");
  const format = await getFormatter();
  const { slug, portfolio } = props;
  if (portfolio.rows.length === 0) {
    return (
      <Card className="grid justify-items-start gap-2">
        <h2 className="font-semibold">{t("emptyTitle")}</h2>
        <p className="text-sm text-muted-foreground">{t("emptyHint")}</p>
        <Link href={`/w/${slug}`} className="text-sm text-primary underline-offset-4 hover:underline">
          {t("toMaps")}
        </Link>
      </Card>
    );
  }
  const columns: Column[] = [
    { sort: "name", label: t("map") },
    { sort: null, label: t("phases") },
    { sort: "responses", label: t("responses"), numeric: true },
    { sort: "csat", label: t("csat"), numeric: true },
    { sort: "change", label: t("change"), numeric: true },
    { sort: "kpisOff", label: t("kpis"), numeric: true },
    { sort: "openActions", label: t("openActions"), numeric: true },
    { sort: "lastReview", label: t("lastReview") },
  ];
  const sortHref = (column: PortfolioSort) => {
    const descending = column === props.sort ? !props.descending : column !== "name";
    return `/w/${slug}/portfolio?quarter=${portfolio.quarter}&sort=${column}&dir=${descending ? "desc" : "asc"}`;
  };
  const delta = (now: number | null, before: number | null) => formatScoreDelta(format, "csat", now, before);

  return (
    <Card className="grid gap-3 overflow-hidden p-0">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("tableCaption", { quarter: portfolio.quarter })}</caption>
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              {columns.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`px-3 py-2 font-medium ${c.numeric ? "text-right" : ""}`}
                  aria-sort={c.sort && c.sort === props.sort ? (props.descending ? "descending" : "ascending") : undefined}
                >
                  {c.sort ? (
                    <Link href={sortHref(c.sort)} className="hover:text-foreground hover:underline" aria-label={t("sortBy", { column: c.label })}>
                      {c.label}
                      {c.sort === props.sort ? (props.descending ? " ↓" : " ↑") : ""}
                    </Link>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.mapId} className="border-t border-border align-top" data-testid="portfolio-row">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/w/${slug}/maps/${row.mapId}`} className="underline-offset-4 hover:underline">
                    {row.name}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <ul className="flex min-w-72 flex-wrap gap-1">
                    {row.cells.map((cell) => (
                      <PhaseCell key={cell.phaseId} slug={slug} quarter={portfolio.quarter} mapId={row.mapId} cell={cell} t={t} csat={formatScore(format, "csat", cell.current.csat)} change={delta(cell.current.csat, cell.previous.csat)} />
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{format.number(row.responses)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatScore(format, "csat", row.csat)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{delta(row.csat, row.previousCsat)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <span className={row.kpis.off > 0 ? "font-medium text-destructive" : undefined}>{t("kpiCounts", row.kpis)}</span>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{format.number(row.openActions)}</td>
                <td className="px-3 py-2">
                  {row.lastReview ? row.lastReview.quarter : t("never")}
                  {row.overdue && (
                    <span className="ml-2 inline-block rounded-full bg-chart-4/15 px-2 py-0.5 text-xs font-medium text-chart-4">{t("overdue")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="px-3 pb-3 text-xs text-muted-foreground">{t("legend")}</p>
    </Card>
  );
}

function PhaseCell(props: {
  slug: string;
  quarter: string;
  mapId: string;
  cell: PortfolioCell;
  csat: string;
  change: string;
  t: Awaited<ReturnType<typeof getTranslations<"dashboards.portfolio">>>;
}) {
  const { cell, t } = props;
  const tint = tintForScores(cell.current);
  const arrow = cell.change === null || cell.change === 0 ? "" : cell.change > 0 ? "▲" : "▼";
  return (
    <li>
      <Link
        href={phaseDashboardHref(props.slug, props.mapId, props.quarter, props.cell.phaseId)}
        aria-label={t("cellLabel", { phase: cell.name, csat: cell.current.csat === null ? t("noAnswers") : props.csat, change: props.change })}
        className={`grid w-28 gap-0.5 rounded-md border px-2 py-1 text-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring ${cell.worsened ? "ring-2 ring-destructive" : ""}`}
        style={tint ? { borderColor: tint.color, background: tint.background, color: tint.color } : undefined}
        data-worsened={cell.worsened ? "true" : undefined}
      >
        <span className="line-clamp-2 font-medium text-foreground">{cell.name}</span>
        <span className="tabular-nums">
          {cell.current.csat === null ? <span className="text-muted-foreground">{t("noAnswers")}</span> : props.csat}
          {arrow && (
            <span className="ml-1" aria-hidden>
              {arrow} {props.change}
            </span>
          )}
        </span>
        {cell.worsened && <span className="text-[10px] font-semibold uppercase text-destructive">{t("worse")}</span>}
      </Link>
    </li>
  );
}
