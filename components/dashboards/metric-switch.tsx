"use client";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import type { Metric } from "./score-rows";

/** Which figure a chart draws; the table view always shows all of them. */
export function MetricSwitch({ value, onChange, metrics }: { value: Metric; onChange: (m: Metric) => void; metrics: readonly Metric[] }) {
  const t = useTranslations("dashboards.metrics");
  return (
    <div role="group" aria-label={t("label")} className="inline-flex rounded-md border border-border p-0.5">
      {metrics.map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={value === m}
          onClick={() => onChange(m)}
          className={cn(
            "rounded px-2 py-1 text-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            value === m ? "bg-primary text-primary-foreground" : "hover:bg-muted",
          )}
        >
          {t(`${m}.short`)}
        </button>
      ))}
    </div>
  );
}
