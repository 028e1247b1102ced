"use client";
import { Users } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { KpiStatusChip } from "@/components/evidence/kpi-status-chip";
import { formatScore, primaryMetric, SCORE_METRICS, scoreDataAttributes, worstKpiStatus } from "@/lib/evidence/client/score-badge";
import { useMapEvidenceContext } from "./evidence-context";

/**
 * A touchpoint card's live evidence: its headline score and response count (every score
 * in the tooltip and for screen readers), and the worst status of its KPIs. Nothing until
 * the map's evidence has loaded once, so cards never flash "no feedback".
 */
export function TouchpointScoreBadge({ touchpointId }: { touchpointId: string }) {
  const t = useTranslations("editor.evidence");
  const locale = useLocale();
  const { loaded, scores, kpis } = useMapEvidenceContext();
  if (!loaded) return null;
  const score = scores[touchpointId];
  const responses = score?.responses ?? 0;
  const metric = primaryMetric(score);
  const all = SCORE_METRICS.flatMap((m) => (score?.[m] != null ? [`${t(`metric.${m}`)} ${formatScore(m, score[m], locale)}`] : []));
  const description = responses === 0 ? t("noFeedback") : [...all, t("responses", { count: responses })].join(" · ");
  const kpiCounts = kpis[touchpointId];
  const kpiStatus = worstKpiStatus(kpiCounts);

  return (
    <div className="mt-1 flex flex-wrap items-center gap-1 text-[11px]">
      {responses === 0 ? (
        // Quiet until there is feedback: a small grey dot, its meaning in the tooltip and for screen readers.
        <span data-testid="touchpoint-score" {...scoreDataAttributes(score)} title={description} className="inline-block h-2 w-2 rounded-full bg-muted-foreground/40">
          <span className="sr-only">{description}</span>
        </span>
      ) : (
        <span
          data-testid="touchpoint-score"
          {...scoreDataAttributes(score)}
          title={description}
          className="inline-flex items-center gap-1.5 rounded border px-1.5 py-px font-medium"
          style={score?.tint ? { borderColor: score.tint.color, color: score.tint.color, background: score.tint.background } : undefined}
        >
          <span aria-hidden>{metric && `${t(`metric.${metric}`)} ${formatScore(metric, score![metric]!, locale)}`}</span>
          <span aria-hidden className="inline-flex items-center gap-0.5 font-normal">
            <Users className="h-3 w-3" />
            {responses}
          </span>
          <span className="sr-only">{description}</span>
        </span>
      )}
      {kpiStatus && kpiCounts && (
        <span data-testid="touchpoint-kpi-status" data-status={kpiStatus} title={t("kpiSummary", kpiCounts)} className="inline-flex items-center gap-1">
          <span className="font-medium text-muted-foreground">{t("kpi")}</span>
          <KpiStatusChip status={kpiStatus === "unmeasured" ? null : kpiStatus} />
          <span className="sr-only">{t("kpiSummary", kpiCounts)}</span>
        </span>
      )}
    </div>
  );
}
