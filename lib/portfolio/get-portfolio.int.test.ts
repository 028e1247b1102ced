import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, mapReviews, reviewActions } from "@/db/schema";
import { createKpi } from "@/lib/evidence/kpis/create-kpi";
import { setKpiValue } from "@/lib/evidence/kpis/kpi-values";
import { buildEvidenceMap, buildPhase, buildResponses, buildTouchpoint } from "@/lib/testing/evidence-fixtures";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { getPortfolio, sortPortfolio } from "./get-portfolio";

let f: TenantFixture;
const Q3 = { year: 2026, quarter: 3 } as const;
const NOW = new Date("2026-09-15T12:00:00Z");

beforeEach(async () => {
  f = await buildTenantFixture();
});

describe("the portfolio", () => {
  it("shows each map's phases with CSAT and its change against the previous quarter, hand-computed", async () => {
    const m = await buildEvidenceMap(f.workspace.id);
    const later = await buildPhase(f.workspace.id, m.map.id, { name: "Delivery", position: 1 });
    const delivery = await buildTouchpoint(f.workspace.id, m.map.id, { phaseId: later.id, name: "Parcel", position: 2 });
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    // Phase one: Q2 4 of 4 satisfied (100 %), Q3 1 of 4 (25 %): −75 points, worse.
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [
      ...[5, 4, 5, 4].map((csat) => ({ csat, respondedAt: at("2026-05-10") })),
      ...[4, 2, 1, 2].map((csat) => ({ csat, respondedAt: at("2026-08-10") })),
    ]);
    // Delivery: only Q3 answers (2 of 2 satisfied); no change to show.
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: delivery.id }, [
      { csat: 5, respondedAt: at("2026-07-02") },
      { csat: 4, nps: 9, respondedAt: at("2026-09-01") },
    ]);
    // Another workspace's map with answers must not appear.
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: foreign.map.id, touchpointId: foreign.touchpoint.id }, [{ csat: 1, respondedAt: at("2026-08-01") }]);

    const portfolio = await getPortfolio({ workspaceId: f.workspace.id }, Q3, NOW);
    expect(portfolio.quarter).toBe("2026-Q3");
    expect(portfolio.previousQuarter).toBe("2026-Q2");
    expect(portfolio.rows.map((r) => r.mapId)).toEqual([m.map.id]);
    const row = portfolio.rows[0]!;
    expect(row.cells.map((c) => [c.name, c.current.csat, c.previous.csat, c.change, c.worsened])).toEqual([
      [m.phase.name, 25, 100, -75, true],
      ["Delivery", 100, null, null, false],
    ]);
    // The map: Q3 3 of 6 satisfied (50 %) against Q2 4 of 4 (100 %).
    expect([row.responses, row.csat, row.change, row.attention]).toEqual([6, 50, -50, true]);
  });

  it("counts KPI statuses and open actions, and flags a map not reviewed for over a quarter", async () => {
    const reviewed = await buildEvidenceMap(f.workspace.id);
    const stale = await buildMap(f.workspace.id, { name: "Stale map" });
    await getDb().update(journeyMaps).set({ createdAt: new Date("2026-01-01T00:00:00Z") }).where(eq(journeyMaps.id, stale.id));
    await getDb().update(journeyMaps).set({ createdAt: new Date("2026-01-01T00:00:00Z") }).where(eq(journeyMaps.id, reviewed.map.id));
    const [review] = await getDb()
      .insert(mapReviews)
      .values({ workspaceId: f.workspace.id, mapId: reviewed.map.id, quarter: "2026-Q3", createdAt: new Date("2026-08-01T00:00:00Z") })
      .returning();
    await getDb().insert(reviewActions).values([
      { workspaceId: f.workspace.id, mapId: reviewed.map.id, reviewId: review!.id, title: "Fix the form", status: "doing" },
      { workspaceId: f.workspace.id, mapId: reviewed.map.id, reviewId: review!.id, title: "Done already", status: "done" },
    ]);
    const created = await createKpi(f.owner.id, { slug: f.workspace.slug }, { touchpointId: reviewed.touchpoint.id, name: "Wait", direction: "lower", target: "5" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await setKpiValue(f.owner.id, { slug: f.workspace.slug }, { kpiId: created.data.kpiId, period: "2026-08", value: "9" })).ok).toBe(true);

    const rows = (await getPortfolio({ workspaceId: f.workspace.id }, Q3, NOW)).rows;
    const byName = new Map(rows.map((r) => [r.name, r]));
    const r = byName.get(reviewed.map.name)!;
    expect([r.kpis, r.openActions, r.lastReview?.quarter, r.overdue, r.attention]).toEqual([{ on: 0, near: 0, off: 1, unmeasured: 0 }, 1, "2026-Q3", false, true]);
    const s = byName.get("Stale map")!;
    expect([s.overdue, s.lastReview, s.attention, s.csat]).toEqual([true, null, false, null]);
    // What needs attention comes first; otherwise by name, and figureless rows last.
    expect(sortPortfolio(rows, "attention", true).map((x) => x.name)).toEqual([reviewed.map.name, "Stale map"]);
    expect(sortPortfolio(rows, "openActions", true).map((x) => x.name)).toEqual([reviewed.map.name, "Stale map"]);
    expect(sortPortfolio(rows, "lastReview", false).at(-1)!.name).toBe("Stale map");
  });
});
