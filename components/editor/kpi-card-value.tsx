"use client";
import { useFormatter, useTranslations } from "next-intl";
import { KpiStatusChip } from "@/components/evidence/kpi-status-chip";
import { withUnit } from "@/lib/evidence/kpi-unit";
import { useMapEvidenceContext } from "./evidence-context";

/**
 * A KPI card's live figure: the KPI's latest value and whether it is on, near or off
 * target, from the KPI itself rather than the card's text. Nothing while the map's
 * evidence loads, or when the KPI is gone (the card's text still names it).
 */
export function KpiCardValue({ kpiId }: { kpiId: string }) {
  const t = useTranslations("editor.evidence");
  const format = useFormatter();
  const { loaded, kpiValues } = useMapEvidenceContext();
  const kpi = loaded ? kpiValues[kpiId] : undefined;
  if (!kpi) return null;
  const value = kpi.latest && withUnit(format.number(kpi.latest.value, { maximumFractionDigits: 2 }), kpi.unit);
  return (
    <div data-testid="kpi-card-value" data-status={kpi.latest?.status ?? "unmeasured"} className="mt-1 flex flex-wrap items-center gap-1.5 text-[11px]">
      {value && <span className="font-semibold tabular-nums">{t("kpiLatest", { value })}</span>}
      <KpiStatusChip status={kpi.latest?.status ?? null} />
    </div>
  );
}
