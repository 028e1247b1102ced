import { beforeEach, describe, expect, it } from "vitest";
import { createKpi } from "@/lib/evidence/kpis/create-kpi";
import { setKpiValue } from "@/lib/evidence/kpis/kpi-values";
import { buildEvidenceMap, buildPhase, buildResponses, buildTouchpoint } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { loadQuarterlyReview } from "@/lib/reviews/load-quarterly-review";
import { getMapWorsening } from "./map-worsening";
import { findWorsening } from "./what-got-worse";

let f: TenantFixture;
const Q3 = { year: 2026, quarter: 3 } as const;
const at = (day: string) => new Date(`${day}T10:00:00Z`);

beforeEach(async () => {
  f = await buildTenantFixture();
});

async function kpi(touchpointId: string, name: string, q2: string, q3: string) {
  const created = await createKpi(f.owner.id, { slug: f.workspace.slug }, { touchpointId, name, direction: "higher", target: "80", tolerance: "5" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  for (const [period, value] of [["2026-05", q2], ["2026-08", q3]] as const) {
    const set = await setKpiValue(f.owner.id, { slug: f.workspace.slug }, { kpiId: created.data.kpiId, period, value });
    if (!set.ok) throw new Error(JSON.stringify(set));
  }
  return created.data.kpiId;
}

describe("what got worse on one map", () => {
  it("lists touchpoints that lost more than 5 CSAT points and KPIs that moved off target, hand-computed", async () => {
    const m = await buildEvidenceMap(f.workspace.id);
    const later = await buildPhase(f.workspace.id, m.map.id, { name: "Delivery", position: 1 });
    const parcel = await buildTouchpoint(f.workspace.id, m.map.id, { phaseId: later.id, name: "Parcel", position: 2 });
    const slight = await buildTouchpoint(f.workspace.id, m.map.id, { phaseId: later.id, name: "Tracking mail", position: 3 });
    const ids = { workspaceId: f.workspace.id, mapId: m.map.id };
    // First touchpoint: Q2 4 of 4 satisfied (100 %), Q3 1 of 4 (25 %): −75 points.
    await buildResponses({ ...ids, touchpointId: m.touchpoint.id }, [
      ...[5, 4, 5, 4].map((csat) => ({ csat, respondedAt: at("2026-05-10") })),
      ...[4, 2, 1, 2].map((csat) => ({ csat, respondedAt: at("2026-08-10") })),
    ]);
    // Parcel: Q2 2 of 2 (100 %), Q3 4 of 5 (80 %): −20 points.
    await buildResponses({ ...ids, touchpointId: parcel.id }, [
      ...[5, 5].map((csat) => ({ csat, respondedAt: at("2026-04-02") })),
      ...[5, 5, 4, 4, 1].map((csat) => ({ csat, respondedAt: at("2026-07-20") })),
    ]);
    // Tracking mail: 20 of 20 then 19 of 20 (95 %): −5 points is not "more than 5".
    await buildResponses({ ...ids, touchpointId: slight.id }, [
      ...Array.from({ length: 20 }, () => ({ csat: 5, respondedAt: at("2026-06-01") })),
      ...Array.from({ length: 19 }, () => ({ csat: 5, respondedAt: at("2026-09-01") })),
      { csat: 2, respondedAt: at("2026-09-02") },
    ]);
    // KPIs (higher is better, target 80, tolerance 5): on → off moved; near → off moved; off → off did not; on → near did not.
    const onToOff = await kpi(m.touchpoint.id, "On to off", "90", "60");
    const nearToOff = await kpi(parcel.id, "Near to off", "77", "50");
    await kpi(parcel.id, "Off twice", "40", "30");
    await kpi(slight.id, "On to near", "85", "78");
    // Another workspace's falling map is not ours to see.
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: foreign.map.id, touchpointId: foreign.touchpoint.id }, [
      { csat: 5, respondedAt: at("2026-05-01") },
      { csat: 1, respondedAt: at("2026-08-01") },
    ]);

    const worse = await getMapWorsening({ workspaceId: f.workspace.id }, { mapId: m.map.id, quarter: Q3 });
    expect([worse.quarter, worse.previousQuarter]).toEqual(["2026-Q3", "2026-Q2"]);
    expect(worse.touchpoints.map((w) => [w.figure.name, w.figure.scores.csat, w.previous.csat, w.change])).toEqual([
      [m.touchpoint.name, 25, 100, -75],
      ["Parcel", 80, 100, -20],
    ]);
    expect(worse.kpis.map((k) => [k.figure.kpiId, k.previousStatus]).sort()).toEqual([[nearToOff, "near"], [onToOff, "on"]].sort());

    // The quarterly review finds the same from the two dashboards it already loads.
    const review = await loadQuarterlyReview({ workspaceId: f.workspace.id }, m.map.id, Q3);
    const fromReview = findWorsening(review.dashboard, review.previous);
    expect(fromReview.touchpoints.map((w) => w.figure.touchpointId)).toEqual(worse.touchpoints.map((w) => w.figure.touchpointId));
    expect(fromReview.kpis.length).toBe(2);

    // Asked from the other workspace, the map holds nothing of ours.
    const foreignView = await getMapWorsening({ workspaceId: f.otherWorkspace.id }, { mapId: m.map.id, quarter: Q3 });
    expect([foreignView.touchpoints, foreignView.kpis]).toEqual([[], []]);
  });

  it("says nothing got worse for a map without a previous quarter", async () => {
    const m = await buildEvidenceMap(f.workspace.id);
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [{ csat: 1, respondedAt: at("2026-08-10") }]);
    const worse = await getMapWorsening({ workspaceId: f.workspace.id }, { mapId: m.map.id, quarter: Q3 });
    expect([worse.touchpoints, worse.kpis]).toEqual([[], []]);
  });
});
