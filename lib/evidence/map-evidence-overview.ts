import "server-only";
import { loadFormBranding } from "./forms/form-branding";
import { toFormSummary } from "./forms/form-summary";
import { listFeedbackForms } from "./forms/list-feedback-forms";
import { listKpis, type KpiWithValues } from "./kpis/list-kpis";
import { listMapPhases, listMapTouchpoints } from "./subjects";
import { getTouchpointScores } from "./touchpoint-scores";

/**
 * The evidence page's view of one map: phases in map order with their KPIs, and under
 * each its live touchpoints with score, public form and KPIs. Touchpoints whose phase
 * is unknown come last under `phaseId: null`.
 */
export async function getMapEvidenceOverview(args: { workspaceId: string; mapId: string }) {
  const [phases, touchpoints, scores, forms, kpis, branding] = await Promise.all([
    listMapPhases(args),
    listMapTouchpoints(args),
    getTouchpointScores(args),
    listFeedbackForms(args),
    listKpis(args),
    loadFormBranding(args.workspaceId),
  ]);
  const kpisOf = (pick: (k: KpiWithValues) => string | null, id: string) => kpis.filter((k) => pick(k) === id);
  const formOf = new Map(forms.map((f) => [f.touchpointId, f]));
  const touchpointView = (t: (typeof touchpoints)[number]) => {
    const form = formOf.get(t.id);
    return {
      id: t.id,
      name: t.name,
      channel: t.channel,
      score: scores[t.id],
      kpis: kpisOf((k) => k.touchpointId, t.id),
      form: form ? toFormSummary(form, { locale: branding.locale, brandName: branding.brandName, touchpointName: t.name }) : null,
    };
  };
  const known = new Set(phases.map((p) => p.id));
  const groups = phases.map((p) => ({
    phaseId: p.id as string | null,
    name: p.name,
    kpis: kpisOf((k) => k.phaseId, p.id),
    touchpoints: touchpoints.filter((t) => t.phaseId === p.id).map(touchpointView),
  }));
  const loose = touchpoints.filter((t) => !t.phaseId || !known.has(t.phaseId));
  if (loose.length) groups.push({ phaseId: null, name: "", kpis: [], touchpoints: loose.map(touchpointView) });
  return groups;
}
export type MapEvidenceGroup = Awaited<ReturnType<typeof getMapEvidenceOverview>>[number];
