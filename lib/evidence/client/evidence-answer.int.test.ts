import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { beforeEach, describe, expect, it } from "vitest";
import { buildEvidenceMap } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createFeedbackForm } from "../forms/manage-feedback-form";
import { submitPublicFeedback } from "../forms/public-form";
import { createKpi } from "../kpis/create-kpi";
import { setKpiValue } from "../kpis/kpi-values";
import { mapEvidenceResponse } from "../map-evidence";
import { parseEvidenceAnswer, ZMapEvidence, ZTouchpointEvidence } from "./evidence-schemas";
import { primaryMetric, scoreDataAttributes, worstKpiStatus } from "./score-badge";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

/** What the editor's hook does with one answer of the route: status and JSON body through the client parser. */
async function askAsEditorPage<T>(schema: Parameters<typeof parseEvidenceAnswer<T>>[0], userId: string | null, query = "") {
  const res = await mapEvidenceResponse({ request: new Request(`http://localhost/api/maps/${m.map.id}/evidence${query}`), userId, mapId: m.map.id });
  return parseEvidenceAnswer(schema, res.status, await res.json());
}

const customerHeaders = () => new Headers({ [CLIENT_IP_HEADER]: `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` });

describe("the editor's reading of GET /api/maps/{mapId}/evidence", () => {
  it("sees a customer's answer to the public form on the touchpoint's badge", async () => {
    const form = await createFeedbackForm(f.editor.id, { slug: f.workspace.slug }, { touchpointId: m.touchpoint.id, asksNps: true, asksComment: true });
    if (!form.ok) throw new Error(form.error);

    const before = await askAsEditorPage(ZMapEvidence, f.viewer.id);
    if (!before.ok) throw new Error(before.error);
    expect(scoreDataAttributes(before.data.scores[m.touchpoint.id])).toEqual({ "data-responses": "0", "data-csat": "", "data-nps": "", "data-ces": "" });

    await submitPublicFeedback({ token: form.data.publicToken, headers: customerHeaders(), input: { nps: "10", comment: "Quick and friendly" } });
    await submitPublicFeedback({ token: form.data.publicToken, headers: customerHeaders(), input: { nps: "3" } });

    const after = await askAsEditorPage(ZMapEvidence, f.viewer.id);
    if (!after.ok) throw new Error(after.error);
    const score = after.data.scores[m.touchpoint.id];
    expect(scoreDataAttributes(score)).toEqual({ "data-responses": "2", "data-csat": "", "data-nps": "0", "data-ces": "" });
    expect(primaryMetric(score)).toBe("nps");
    expect(score!.tint).toEqual({ hue: 60, color: "hsl(60 70% 35%)", background: "hsl(60 75% 92%)" });
    // The removed touchpoint is not on the map any more; the untouched one has no score.
    expect(Object.keys(after.data.scores).sort()).toEqual([m.touchpoint.id, m.second.id].sort());
    expect(after.data.scores[m.second.id]).toMatchObject({ responses: 0, tint: null });
  });

  it("parses the side panel: distribution, comments, KPIs and the form with its questions", async () => {
    const form = await createFeedbackForm(f.editor.id, { slug: f.workspace.slug }, { touchpointId: m.touchpoint.id, asksCsat: true, asksComment: true });
    if (!form.ok) throw new Error(form.error);
    await submitPublicFeedback({ token: form.data.publicToken, headers: customerHeaders(), input: { csat: "4", comment: "Fine" } });
    const kpi = await createKpi(f.editor.id, { slug: f.workspace.slug }, { touchpointId: m.touchpoint.id, name: "Wait", unit: "min", direction: "lower", target: "5", tolerance: "1" });
    if (!kpi.ok) throw new Error(kpi.error);
    await setKpiValue(f.editor.id, { slug: f.workspace.slug }, { kpiId: kpi.data.kpiId, period: "2026-05", value: "9" });

    const panel = await askAsEditorPage(ZTouchpointEvidence, f.viewer.id, `?touchpointId=${m.touchpoint.id}`);
    if (!panel.ok) throw new Error(panel.error);
    expect(panel.data.scores).toMatchObject({ csat: 100, responses: 1 });
    expect(panel.data.distribution.csat.find((d) => d.value === 4)!.count).toBe(1);
    expect(panel.data.comments.map((c) => c.comment)).toEqual(["Fine"]);
    expect(panel.data.trend.at(-1)).toMatchObject({ responses: 1, csat: 100 });
    expect(panel.data.kpis).toEqual([expect.objectContaining({ name: "Wait", latest: { periodStart: "2026-05-01", value: 9, status: "off" } })]);
    expect(panel.data.form).toMatchObject({
      id: form.data.formId,
      publicToken: form.data.publicToken,
      pausedAt: null,
      asks: ["asksCsat", "asksComment"],
      wording: { csat: null, nps: null, ces: null, comment: null, followUp: null },
      defaults: { csat: "How satisfied are you with “Website”?", followUp: "What could we do better?" },
      locale: "en",
    });

    const map = await askAsEditorPage(ZMapEvidence, f.viewer.id);
    if (!map.ok) throw new Error(map.error);
    expect(worstKpiStatus(map.data.kpis[m.touchpoint.id])).toBe("off");
    // Per KPI, for the KPI cards on the map: its latest value and status.
    expect(map.data.kpiValues).toEqual({ [kpi.data.kpiId]: { name: "Wait", unit: "min", latest: { value: 9, status: "off" } } });
  });

  it("reads refusals as the route's error codes", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    expect(await askAsEditorPage(ZTouchpointEvidence, f.viewer.id, `?touchpointId=${foreign.touchpoint.id}`)).toEqual({ ok: false, error: "TOUCHPOINT_NOT_FOUND" });
    // A card just added in the editor is not projected yet: the panel waits for it.
    expect(await askAsEditorPage(ZTouchpointEvidence, f.viewer.id, `?touchpointId=${crypto.randomUUID()}`)).toEqual({ ok: false, error: "TOUCHPOINT_NOT_FOUND" });
    expect(await askAsEditorPage(ZMapEvidence, f.outsider.id)).toMatchObject({ ok: false });
    expect(await askAsEditorPage(ZMapEvidence, null)).toMatchObject({ ok: false });
  });
});
