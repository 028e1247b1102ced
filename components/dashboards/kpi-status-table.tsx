"use client";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export type KpiRow = {
  kpiId: string;
  name: string;
  unit: string;
  direction: "higher" | "lower";
  target: number;
  tolerance: number;
  where: string;
  removed: boolean;
  latest: { label: string; value: number } | null;
  status: "on" | "near" | "off" | null;
  /** The previous quarter's value and status (quarterly review only). */
  previous?: { value: number; status: "on" | "near" | "off" | null } | null;
  href: string | null;
  /** Moved off target since the quarter before: marked, and listed first by the caller. */
  worse?: boolean;
};

const STATUS_STYLE = {
  on: "bg-chart-3/15 text-chart-3",
  near: "bg-chart-4/15 text-chart-4",
  off: "bg-chart-5/15 text-chart-5",
} as const;

/** KPIs against their targets: a table is the figure itself (units differ per KPI). */
export function KpiStatusTable({ rows, compare }: { rows: KpiRow[]; compare?: boolean }) {
  const t = useTranslations("dashboards.kpis");
  const format = useFormatter();
  const value = (v: number, unit: string) => `${format.number(v, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ""}`;
  return (
    <section aria-labelledby="kpi-status" className="grid gap-3 rounded-lg border border-border bg-card p-4 break-inside-avoid">
      <div>
        <h3 id="kpi-status" className="font-semibold">
          {t("title")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {rows.length === 0 ? (
        <div className="grid place-items-center rounded-md border border-dashed border-border px-4 py-10 text-center">
          <p className="font-medium">{t("emptyTitle")}</p>
          <p className="mt-1 max-w-prose text-sm text-muted-foreground">{t("emptyHint")}</p>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("kpi")}</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("where")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("target")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("latest")}</th>
                {compare && <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("previous")}</th>}
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((k) => (
                <tr key={k.kpiId} className="border-b border-border/60 last:border-0">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {k.worse && (
                      <span className="mr-1 text-destructive" title={t("movedOff")}>
                        ▼<span className="sr-only"> {t("movedOff")}</span>
                      </span>
                    )}
                    {k.href ? (
                      <a href={k.href} className="text-primary underline-offset-4 hover:underline">
                        {k.name}
                      </a>
                    ) : (
                      k.name
                    )}
                  </th>
                  <td className="py-1.5 pr-3 text-muted-foreground">
                    {k.where}
                    {k.removed && ` (${t("removed")})`}
                  </td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">
                    {t(k.direction === "higher" ? "atLeast" : "atMost", { target: value(k.target, k.unit) })}
                    {k.tolerance > 0 && <span className="block text-xs text-muted-foreground">{t("tolerance", { tolerance: value(k.tolerance, k.unit) })}</span>}
                  </td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">
                    {k.latest ? (
                      <>
                        {value(k.latest.value, k.unit)}
                        <span className="block text-xs text-muted-foreground">{k.latest.label}</span>
                      </>
                    ) : (
                      t("notMeasured")
                    )}
                  </td>
                  {compare && (
                    <td className="py-1.5 pr-3 text-right tabular-nums">{k.previous ? value(k.previous.value, k.unit) : "—"}</td>
                  )}
                  <td className="py-1.5 pr-3">
                    {k.status ? (
                      <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", STATUS_STYLE[k.status])}>{t(`statuses.${k.status}`)}</span>
                    ) : (
                      <span className="text-xs text-muted-foreground">{t("noStatus")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
