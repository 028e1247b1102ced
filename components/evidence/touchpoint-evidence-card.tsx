import { getTranslations } from "next-intl/server";
import type { MapEvidenceGroup } from "@/lib/evidence/map-evidence-overview";
import { type Channel, CHANNELS } from "@/lib/journey/map-vocabulary";
import { FeedbackFormControls } from "./feedback-form-controls";
import { KpiPanel } from "./kpi-panel";
import { ScoreSummary } from "./score-summary";

type TouchpointView = MapEvidenceGroup["touchpoints"][number];

/** One touchpoint on the evidence page: its live score, its public form and its KPIs. */
export async function TouchpointEvidenceCard({ slug, touchpoint, baseUrl, canWrite }: { slug: string; touchpoint: TouchpointView; baseUrl: string; canWrite: boolean }) {
  const t = await getTranslations("evidence");
  const channels = await getTranslations("editor.channels");
  const known = touchpoint.channel && (CHANNELS as readonly string[]).includes(touchpoint.channel);
  return (
    <li
      className="grid gap-4 rounded-lg border border-border bg-card p-4 shadow-sm md:grid-cols-2"
      style={touchpoint.score?.tint ? { borderLeft: `6px solid ${touchpoint.score.tint.color}` } : undefined}
      data-testid={`evidence-touchpoint-${touchpoint.id}`}
    >
      <div className="grid content-start gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold">{touchpoint.name}</h3>
          {known && <span className="text-xs text-muted-foreground">{channels(touchpoint.channel as Channel)}</span>}
        </div>
        <ScoreSummary score={touchpoint.score} />
        <section aria-label={t("forms.title")} className="grid gap-1">
          <h4 className="text-sm font-medium">{t("forms.title")}</h4>
          <FeedbackFormControls slug={slug} touchpointId={touchpoint.id} touchpointName={touchpoint.name} form={touchpoint.form} baseUrl={baseUrl} canWrite={canWrite} />
        </section>
      </div>
      <section aria-label={t("kpis.title")} className="grid content-start gap-1">
        <h4 className="text-sm font-medium">{t("kpis.title")}</h4>
        <KpiPanel slug={slug} subject={{ touchpointId: touchpoint.id }} kpis={touchpoint.kpis} canWrite={canWrite} />
      </section>
    </li>
  );
}
