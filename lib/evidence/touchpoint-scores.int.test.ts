import { beforeEach, describe, expect, it } from "vitest";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createKpi } from "./kpis/create-kpi";
import { setKpiValue } from "./kpis/kpi-values";
import { mapEvidenceResponse } from "./map-evidence";
import { getTouchpointEvidence, getTouchpointScores } from "./touchpoint-scores";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const base = () => ({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id });

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

describe("getTouchpointScores", () => {
  it("computes each live touchpoint's scores in SQL as the hand-computed arithmetic says", async () => {
    // CSAT 5,4,2,1 → 2 of 4 satisfied = 50; NPS 10,9,7,3,0 → (2 − 2) / 5 = 0; CES 7,5 → 6
    await buildResponses(base(), [
      { csat: 5, nps: 10, ces: 7 },
      { csat: 4, nps: 9 },
      { csat: 2, nps: 7, ces: 5 },
      { csat: 1, nps: 3 },
      { nps: 0, comment: "Bad" },
    ]);
    const scores = await getTouchpointScores({ workspaceId: f.workspace.id, mapId: m.map.id });
    expect(Object.keys(scores).sort()).toEqual([m.touchpoint.id, m.second.id].sort());
    expect(scores[m.touchpoint.id]).toEqual({ csat: 50, nps: 0, ces: 6, responses: 5, tint: { hue: 60, color: "hsl(60 70% 35%)", background: "hsl(60 75% 92%)" } });
    expect(scores[m.second.id]).toEqual({ csat: null, nps: null, ces: null, responses: 0, tint: null });
  });

  it("ignores other workspaces' rows and respects the window", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: foreign.map.id, touchpointId: foreign.touchpoint.id }, [{ csat: 1 }]);
    await buildResponses(base(), [{ csat: 5, respondedAt: new Date("2025-01-01T00:00:00Z") }, { csat: 1 }]);
    expect((await getTouchpointScores({ workspaceId: f.workspace.id, mapId: m.map.id }))[m.touchpoint.id]!.csat).toBe(50);
    expect((await getTouchpointScores({ workspaceId: f.workspace.id, mapId: m.map.id, from: "2026-01-01" }))[m.touchpoint.id]!.csat).toBe(0);
    expect(await getTouchpointScores({ workspaceId: f.workspace.id, mapId: foreign.map.id })).toEqual({});
  });
});

describe("getTouchpointEvidence", () => {
  it("gives the distribution, monthly trend, latest comments, KPIs and form", async () => {
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 12));
    await buildResponses(base(), [
      { csat: 5, comment: "Older", respondedAt: lastMonth },
      { csat: 3, respondedAt: lastMonth },
      { csat: 5, nps: 10, comment: "Newest", respondedAt: now },
      { ces: 2, respondedAt: new Date("2020-01-01T00:00:00Z") },
    ]);
    const kpi = await createKpi(f.editor.id, { slug: f.workspace.slug }, { touchpointId: m.touchpoint.id, name: "Wait", unit: "min", direction: "lower", target: "5", tolerance: "2" });
    if (!kpi.ok) throw new Error("kpi");
    await setKpiValue(f.editor.id, { slug: f.workspace.slug }, { kpiId: kpi.data.kpiId, period: "2026-05", value: "6" });

    const e = await getTouchpointEvidence({ workspaceId: f.workspace.id, touchpointId: m.touchpoint.id, timeZone: f.workspace.timeZone });
    expect(e.scores).toMatchObject({ responses: 4, csat: 66.7, nps: 100, ces: 2 });
    expect(e.distribution.csat).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, count: value === 5 ? 2 : value === 3 ? 1 : 0 })));
    expect(e.distribution.nps.find((d) => d.value === 10)!.count).toBe(1);
    expect(e.distribution.ces.find((d) => d.value === 2)!.count).toBe(1);
    expect(e.trend.map((t) => [t.responses, t.csat])).toEqual([
      [2, 50],
      [1, 100],
    ]);
    expect(e.comments.map((c) => c.comment)).toEqual(["Newest", "Older"]);
    expect(e.kpis[0]!.latest).toMatchObject({ status: "near", value: 6 });
    expect(e.form).toBeNull();
  });

  it("finds no touchpoint of another workspace", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    await expect(getTouchpointEvidence({ workspaceId: f.workspace.id, touchpointId: foreign.touchpoint.id, timeZone: "UTC" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("GET /api/maps/{mapId}/evidence", () => {
  const get = (userId: string | null, mapId: string, query = "") =>
    mapEvidenceResponse({ request: new Request(`http://localhost/api/maps/${mapId}/evidence${query}`), userId, mapId });

  it("gives any member the map's scores and KPI badges", async () => {
    await buildResponses(base(), [{ nps: 10 }]);
    const kpi = await createKpi(f.editor.id, { slug: f.workspace.slug }, { phaseId: m.phase.id, name: "NPS", direction: "higher", target: "30" });
    if (!kpi.ok) throw new Error("kpi");
    const res = await get(f.viewer.id, m.map.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.scores[m.touchpoint.id]).toMatchObject({ nps: 100, responses: 1 });
    expect(body.kpis).toEqual({ [m.phase.id]: { on: 0, near: 0, off: 0, unmeasured: 1 } });
  });

  it("gives one touchpoint's panel, only for a touchpoint of that map", async () => {
    expect((await get(f.viewer.id, m.map.id, `?touchpointId=${m.touchpoint.id}`)).status).toBe(200);
    const other = await buildEvidenceMap(f.workspace.id);
    expect((await get(f.viewer.id, m.map.id, `?touchpointId=${other.touchpoint.id}`)).status).toBe(404);
    expect((await get(f.viewer.id, m.map.id, "?touchpointId=nope")).status).toBe(404);
  });

  it("refuses strangers and the signed-out", async () => {
    expect((await get(f.foreignOwner.id, m.map.id)).status).toBe(404);
    expect((await get(f.outsider.id, m.map.id)).status).toBe(404);
    expect((await get(null, m.map.id)).status).toBe(401);
  });
});
