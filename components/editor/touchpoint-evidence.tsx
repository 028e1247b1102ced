"use client";
import { useTranslations } from "next-intl";
import { useCallback, useId } from "react";
import { FeedbackFormControls } from "@/components/evidence/feedback-form-controls";
import { KpiPanel } from "@/components/evidence/kpi-panel";
import { ScoreSummary } from "@/components/evidence/score-summary";
import { primaryMetric, scoreDataAttributes, SCORE_METRICS } from "@/lib/evidence/client/score-badge";
import type { TTouchpointEvidence } from "@/lib/evidence/client/evidence-schemas";
import { useTouchpointEvidence } from "@/lib/evidence/client/use-map-evidence";
import { useMapEvidenceContext } from "./evidence-context";
import { LatestComments } from "./latest-comments";
import { ScoreDistribution } from "./score-distribution";
import { ScoreTrend } from "./score-trend";

/**
 * The Evidence section of a touchpoint's side panel: its live score, the spread of
 * answers, the monthly trend, the latest comments, its KPIs and its public form. Kept
 * fresh while open; editors create forms and KPIs here, viewers read.
 */
export function TouchpointEvidence({ touchpointId, touchpointName }: { touchpointId: string; touchpointName: string }) {
  const t = useTranslations("editor.evidence");
  const headingId = useId();
  const map = useMapEvidenceContext();
  const panel = useTouchpointEvidence(map.mapId, touchpointId);
  const { refresh: refreshPanel } = panel;
  const { refresh: refreshMap } = map;
  const changed = useCallback(() => {
    refreshPanel();
    refreshMap();
  }, [refreshPanel, refreshMap]);

  return (
    <section aria-labelledby={headingId} data-testid="touchpoint-evidence" className="grid gap-4 border-t border-border pt-4">
      <h3 id={headingId} className="font-semibold">
        {t("title")}
      </h3>
      {panel.data ? (
        <EvidenceBody data={panel.data} touchpointName={touchpointName} onChange={changed} />
      ) : panel.loading ? (
        <div role="status" className="h-24 animate-pulse rounded-md bg-muted">
          <span className="sr-only">{t("loading")}</span>
        </div>
      ) : panel.error === "TOUCHPOINT_NOT_FOUND" ? (
        // The projection trails the document by up to a couple of seconds; polling catches up.
        <p role="status" className="text-sm text-muted-foreground">
          {t("notSavedYet")}
        </p>
      ) : (
        <p role="alert" className="text-sm text-destructive">
          {t("loadFailed")}
        </p>
      )}
    </section>
  );
}

/** The panel's figures and controls for one answer of the route; split out so it renders from plain data. */
export function EvidenceBody({ data, touchpointName, onChange }: { data: TTouchpointEvidence; touchpointName: string; onChange: () => void }) {
  const t = useTranslations("editor.evidence");
  const { slug, baseUrl, canWrite } = useMapEvidenceContext();
  const subheading = "text-sm font-medium";
  return (
    <>
      <div data-testid="touchpoint-evidence-score" {...scoreDataAttributes(data.scores)}>
        <ScoreSummary score={data.scores} />
      </div>
      {data.scores.responses > 0 && (
        <div className="grid gap-3">
          <h4 className={subheading}>{t("distribution")}</h4>
          {SCORE_METRICS.map((m) => (
            <ScoreDistribution key={m} metric={m} counts={data.distribution[m]} />
          ))}
        </div>
      )}
      <ScoreTrend trend={data.trend} initial={primaryMetric(data.scores)} fileName={`${touchpointName || "touchpoint"}-trend`} />
      <div className="grid gap-2">
        <h4 className={subheading}>{t("comments")}</h4>
        <LatestComments comments={data.comments} />
      </div>
      <div className="grid gap-2">
        <h4 className={subheading}>{t("kpis")}</h4>
        <KpiPanel slug={slug} subject={{ touchpointId: data.touchpoint.id }} kpis={data.kpis} canWrite={canWrite} onChange={onChange} />
      </div>
      <div className="grid gap-2">
        <h4 className={subheading}>{t("form")}</h4>
        <FeedbackFormControls
          slug={slug}
          touchpointId={data.touchpoint.id}
          touchpointName={touchpointName || data.touchpoint.name}
          form={data.form}
          baseUrl={baseUrl}
          canWrite={canWrite}
          onChange={onChange}
        />
      </div>
    </>
  );
}
