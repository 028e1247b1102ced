import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { feedbackRollup, feedbackResponses, journeyMaps, personas, workspaces } from "@/db/schema";
import { dashboardBuilder } from "@/lib/testing/dashboard-fixtures";
import { buildWorkspace } from "@/lib/testing/factories";
import { getByPhase } from "./by-phase";
import { getByTouchpoint } from "./by-touchpoint";
import { type DashboardScope, scopeFromFilters, ZDashboardFilters } from "./filters";
import { getKpiOverview } from "./kpi-overview";
import { loadDashboard } from "./load-dashboard";
import { getStepEmotions } from "./step-emotions";
import { getSummary } from "./summary";
import { getTrend } from "./trend";

/*
 * One workspace in Europe/Amsterdam, every figure computed by hand:
 *
 * Map A (persona P): Awareness(0) ⊃ s1 (emotion +2) ⊃ Website [web]    (template phase "awareness")
 *                    Purchase(1)  ⊃ s2 (emotion −1) ⊃ Store [store]
 *                    Loyalty(2)   ⊃ s3 (emotion +1), no touchpoints  (template phase "advocacy", on no other map)
 *                    Old (removed) ⊃ Flyer [web, removed], on step s2
 * Map B:             Awareness(0) ⊃ Phone line [phone]               (template phase "awareness")
 *
 * Website  2026-01-05 csat 2 ces 3 · 2026-02-10 csat 4 · 2026-03-31T23:30Z csat 5 nps 10 (Amsterdam: 1 April, Q2)
 * Store    2026-04-15 csat 1 nps 5 · 2026-05-01 nps 9 ces 6
 * Flyer    2026-05-20 csat 3
 * Phone    2026-06-30T21:59Z csat 5 (23:59 in Amsterdam, Q2) · 2026-06-30T22:00Z csat 4 (1 July, Q3)
 */
let ws: { id: string };
let ids: Record<string, string>;
const ctx = () => ({ workspaceId: ws.id });
const q = (quarter: string, extra: Record<string, string> = {}): DashboardScope =>
  scopeFromFilters(ZDashboardFilters.parse({ quarter, ...extra }));

beforeAll(async () => {
  ws = await buildWorkspace();
  const b = dashboardBuilder(ws.id);
  const [persona] = await getDb().insert(personas).values({ workspaceId: ws.id, name: "P" }).returning();
  const a = await b.map("Map A", persona!.id);
  const mb = await b.map("Map B");
  const awareness = await b.phase(a.id, "Awareness", 0, false, "awareness");
  const purchase = await b.phase(a.id, "Purchase", 1);
  const loyalty = await b.phase(a.id, "Loyalty", 2, false, "advocacy");
  const old = await b.phase(a.id, "Old", 3, true);
  const s1 = await b.step(a.id, awareness, "Search", 0, 2);
  const s2 = await b.step(a.id, purchase, "Pay", 1, -1);
  const s3 = await b.step(a.id, loyalty, "Return", 2, 1);
  const website = await b.touchpoint(a.id, { phaseId: awareness, stepId: s1 }, "Website", "web");
  const store = await b.touchpoint(a.id, { phaseId: purchase, stepId: s2 }, "Store", "store", { position: 1 });
  const flyer = await b.touchpoint(a.id, { phaseId: old, stepId: s2 }, "Flyer", "web", { position: 2, deleted: true });
  const bAwareness = await b.phase(mb.id, "Awareness", 0, false, "awareness");
  const phone = await b.touchpoint(mb.id, { phaseId: bAwareness, stepId: null }, "Phone line", "phone");
  await b.responses(a.id, website, [
    { at: "2026-01-05T10:00:00Z", csat: 2, ces: 3 },
    { at: "2026-02-10T10:00:00Z", csat: 4 },
    { at: "2026-03-31T23:30:00Z", csat: 5, nps: 10 },
  ]);
  await b.responses(a.id, store, [
    { at: "2026-04-15T10:00:00Z", csat: 1, nps: 5 },
    { at: "2026-05-01T10:00:00Z", nps: 9, ces: 6 },
  ]);
  await b.responses(a.id, flyer, [{ at: "2026-05-20T10:00:00Z", csat: 3 }]);
  await b.responses(mb.id, phone, [
    { at: "2026-06-30T21:59:00Z", csat: 5 },
    { at: "2026-06-30T22:00:00Z", csat: 4 },
  ]);
  const conversion = await b.kpi(a.id, { touchpointId: website }, { name: "Conversion", direction: "higher", target: 10, tolerance: 2 }, [
    ["2026-01-01", 7],
    ["2026-04-01", 9],
  ]);
  const wait = await b.kpi(a.id, { phaseId: purchase }, { name: "Wait time", direction: "lower", target: 5, tolerance: 1 }, [["2026-05-01", 4]]);
  const calls = await b.kpi(mb.id, { touchpointId: phone }, { name: "Calls answered", direction: "higher", target: 90, tolerance: 5 }, []);

  // Another workspace's responses, which no figure here may count.
  const other = await buildWorkspace();
  const ob = dashboardBuilder(other.id);
  const om = await ob.map("Theirs");
  const op = await ob.phase(om.id, "Awareness", 0);
  const ot = await ob.touchpoint(om.id, { phaseId: op, stepId: null }, "Their site", "web");
  await ob.responses(om.id, ot, [{ at: "2026-04-02T10:00:00Z", csat: 1, nps: 0, ces: 1 }]);
  ids = { persona: persona!.id, a: a.id, b: mb.id, awareness, purchase, loyalty, old, s1, s2, s3, website, store, flyer, phone, conversion, wait, calls, foreignMap: om.id };
});

describe("one phase of a map (the map dashboard's phase filter)", () => {
  it("keeps the phase's touchpoints, steps and KPIs only", async () => {
    const scope = { mapId: ids.a, phaseId: ids.purchase };
    // Store: CSAT 1 (NPS 5) and NPS 9 (CES 6): 0 % satisfied of 1.
    expect((await getSummary(ctx(), scope)).scores).toMatchObject({ responses: 2, csat: 0, csatCount: 1, npsCount: 2 });
    expect((await getByPhase(ctx(), scope)).map((r) => r.name)).toEqual(["Purchase"]);
    expect((await getByTouchpoint(ctx(), scope)).map((r) => r.name)).toEqual(["Store"]);
    expect((await getStepEmotions(ctx(), scope)).steps.map((s) => s.name)).toEqual(["Pay"]);
    // The phase's own KPI; Website's Conversion lives in Awareness.
    expect((await getKpiOverview(ctx(), scope)).map((k) => k.name)).toEqual(["Wait time"]);
    // Awareness: Website's KPI is a touchpoint KPI of that phase.
    expect((await getKpiOverview(ctx(), { mapId: ids.a, phaseId: ids.awareness })).map((k) => k.name)).toEqual(["Conversion"]);
  });
});

describe("summary", () => {
  it("counts the whole workspace, removed touchpoints included", async () => {
    const { aggregate, scores } = await getSummary(ctx(), {});
    expect(aggregate.responses).toBe(8);
    // CSAT 2,4,5,1,3,5,4 → 4 of 7 satisfied; NPS 10,5,9 → (2 − 1) / 3; CES 3,6.
    expect(scores).toMatchObject({ csat: 57.1, nps: 33.3, ces: 4.5, csatCount: 7, npsCount: 3, cesCount: 2 });
  });

  it("takes quarters in the workspace's time zone", async () => {
    expect((await getSummary(ctx(), q("2026-Q1"))).scores).toMatchObject({ responses: 2, csat: 50, ces: 3, nps: null });
    // Website 1 April, Store ×2, Flyer, Phone 30 June 23:59 → CSAT 5,1,3,5.
    expect((await getSummary(ctx(), q("2026-Q2"))).scores).toMatchObject({ responses: 5, csat: 50, nps: 33.3, ces: 6 });
    expect((await getSummary(ctx(), q("2026-Q3"))).scores).toMatchObject({ responses: 1, csat: 100 });
  });

  it("counts a custom period with ragged ends day by day", async () => {
    // 10 February–15 April: Website 10 February and 1 April (local), Store 15 April.
    expect((await getSummary(ctx(), { from: "2026-02-10", to: "2026-04-15" })).scores).toMatchObject({ responses: 3, csat: 66.7, nps: 0 });
    expect((await getSummary(ctx(), { from: "2026-02-11", to: "2026-04-14" })).aggregate.responses).toBe(1);
    expect((await getSummary(ctx(), { from: "2026-04-01", to: "2026-04-01" })).aggregate.responses).toBe(1);
  });

  it("is empty, not zero, for a period without responses", async () => {
    expect((await getSummary(ctx(), q("2025-Q4"))).scores).toEqual({ csat: null, nps: null, ces: null, responses: 0, csatCount: 0, npsCount: 0, cesCount: 0 });
  });

  it("filters by map, persona and channel", async () => {
    expect((await getSummary(ctx(), { mapId: ids.a })).aggregate.responses).toBe(6);
    expect((await getSummary(ctx(), { personaId: ids.persona })).aggregate.responses).toBe(6);
    // Website ×3 and the removed Flyer: CSAT 2,4,5,3 → 2 of 4.
    expect((await getSummary(ctx(), { channel: "web" })).scores).toMatchObject({ responses: 4, csat: 50 });
    expect((await getSummary(ctx(), { channel: "store", mapId: ids.b })).aggregate.responses).toBe(0);
  });

  it("finds nothing for another workspace's map", async () => {
    expect((await getSummary(ctx(), { mapId: ids.foreignMap })).aggregate.responses).toBe(0);
    expect(await getByTouchpoint(ctx(), { mapId: ids.foreignMap })).toEqual([]);
    expect(await getByPhase(ctx(), { mapId: ids.foreignMap })).toEqual([]);
  });
});

describe("by phase", () => {
  it("lists one map's phases in journey order, empty and removed ones marked", async () => {
    const rows = await getByPhase(ctx(), { mapId: ids.a });
    expect(rows.map((r) => [r.name, r.removed, r.aggregate.responses, r.scores.csat])).toEqual([
      ["Awareness", false, 3, 66.7],
      ["Purchase", false, 2, 0],
      ["Loyalty", false, 0, null],
      ["Old", true, 1, 0],
    ]);
    expect(rows[1]!.scores).toMatchObject({ nps: 0, ces: 6 });
    expect(rows[0]).toMatchObject({ phaseId: ids.awareness, mapId: ids.a });
  });

  it("pools across maps only the phases made from the same template phase; the others are their map's own rows", async () => {
    const rows = await getByPhase(ctx(), {});
    expect(rows.map((r) => [r.name, r.removed, r.aggregate.responses])).toEqual([
      ["Awareness", false, 5],
      ["Map A · Purchase", false, 2],
      ["Map A · Loyalty", false, 0],
      ["Map A · Old", true, 1],
    ]);
    // Website 2 of 3 satisfied and Phone line 2 of 2: 4 of 5.
    expect(rows[0]).toMatchObject({ key: "template:awareness", phaseId: null, mapId: null, scores: { csat: 80 } });
    // A row of one map's phase still opens that phase.
    expect(rows[1]).toMatchObject({ phaseId: ids.purchase, mapId: ids.a });
  });

  it("never merges same-named phases of unrelated maps, and names a pooled row by its maps' phase names", async () => {
    const own = await buildWorkspace();
    const b = dashboardBuilder(own.id);
    const x = await b.map("Shop");
    const y = await b.map("Claims");
    const z = await b.map("Web shop");
    const checkoutX = await b.phase(x.id, "Checkout", 0);
    const checkoutY = await b.phase(y.id, "Checkout", 0);
    const buyX = await b.phase(x.id, "Purchase", 1, false, "decision");
    const buyZ = await b.phase(z.id, "Checkout & payment", 2, false, "decision");
    for (const [map, phase, csat] of [[x, checkoutX, 5], [y, checkoutY, 1], [x, buyX, 5], [z, buyZ, 2]] as const) {
      const tp = await b.touchpoint(map.id, { phaseId: phase, stepId: null }, `TP ${csat}`, "web");
      await b.responses(map.id, tp, [{ at: "2026-02-01T10:00:00Z", csat }]);
    }
    const rows = await getByPhase({ workspaceId: own.id }, {});
    expect(rows.map((r) => [r.name, r.aggregate.responses, r.scores.csat])).toEqual([
      ["Claims · Checkout", 1, 0],
      ["Shop · Checkout", 1, 100],
      ["Purchase / Checkout & payment", 2, 50],
    ]);
  });

  it("leaves out a removed phase with no responses in the period", async () => {
    const rows = await getByPhase(ctx(), { ...q("2026-Q1"), mapId: ids.a });
    expect(rows.map((r) => [r.name, r.aggregate.responses])).toEqual([
      ["Awareness", 2],
      ["Purchase", 0],
      ["Loyalty", 0],
    ]);
  });
});

describe("by touchpoint", () => {
  it("puts the worst first and labels removed touchpoints", async () => {
    const rows = await getByTouchpoint(ctx(), { ...q("2026-Q2"), mapId: ids.a });
    // Flyer and Store both 0 % CSAT: fewer responses first.
    expect(rows.map((r) => [r.name, r.removed, r.aggregate.responses, r.scores.csat])).toEqual([
      ["Flyer", true, 1, 0],
      ["Store", false, 2, 0],
      ["Website", false, 1, 100],
    ]);
    expect(rows[1]).toMatchObject({ touchpointId: ids.store, mapId: ids.a, mapName: "Map A", phaseName: "Purchase", channel: "store" });
  });

  it("uses NPS, then CES, when CSAT was not asked", async () => {
    const b = dashboardBuilder(ws.id);
    const m = await b.map("NPS only");
    const p = await b.phase(m.id, "Awareness", 0);
    const good = await b.touchpoint(m.id, { phaseId: p, stepId: null }, "Good NPS", "web");
    const bad = await b.touchpoint(m.id, { phaseId: p, stepId: null }, "Bad NPS", "web");
    const easy = await b.touchpoint(m.id, { phaseId: p, stepId: null }, "CES 4", "web");
    const talk = await b.touchpoint(m.id, { phaseId: p, stepId: null }, "Comments", "web");
    await b.responses(m.id, good, [{ at: "2025-01-01T12:00:00Z", nps: 10 }]);
    await b.responses(m.id, bad, [{ at: "2025-01-01T12:00:00Z", nps: 0 }]);
    await b.responses(m.id, easy, [{ at: "2025-01-01T12:00:00Z", ces: 4 }]);
    await b.responses(m.id, talk, [{ at: "2025-01-01T12:00:00Z", comment: "hello" }]);
    try {
      // On one 0–1 scale: NPS −100 → 0, CES 4 → 0.5, NPS 100 → 1; comments only → no score.
      expect((await getByTouchpoint(ctx(), { mapId: m.id })).map((r) => r.name)).toEqual(["Bad NPS", "CES 4", "Good NPS", "Comments"]);
    } finally {
      await getDb().delete(journeyMaps).where(eq(journeyMaps.id, m.id));
    }
  });
});

describe("trend", () => {
  it("fills empty months inside the period", async () => {
    const points = await getTrend(ctx(), { ...q("2026-Q2"), mapId: ids.a }, "month");
    expect(points.map((p) => [p.label, p.aggregate.responses, p.scores.csat])).toEqual([
      ["2026-04", 2, 100 / 2],
      ["2026-05", 2, 0],
      ["2026-06", 0, null],
    ]);
  });

  it("buckets quarters in the workspace's time zone", async () => {
    const points = await getTrend(ctx(), {}, "quarter");
    expect(points.map((p) => [p.label, p.aggregate.responses])).toEqual([
      ["2026-Q1", 2],
      ["2026-Q2", 5],
      ["2026-Q3", 1],
    ]);
  });

  it("has no points without responses and no bounds", async () => {
    expect(await getTrend(ctx(), { mapId: ids.foreignMap }, "month")).toEqual([]);
  });
});

describe("KPI status", () => {
  it("judges the latest value in the period, off target first", async () => {
    const all = await getKpiOverview(ctx(), {});
    expect(all.map((k) => [k.name, k.latest?.value ?? null, k.status])).toEqual([
      ["Conversion", 9, "near"],
      ["Wait time", 4, "on"],
      ["Calls answered", null, null],
    ]);
    const q1 = await getKpiOverview(ctx(), q("2026-Q1"));
    expect(q1.map((k) => [k.name, k.latest?.periodStart ?? null, k.status])).toEqual([
      ["Conversion", "2026-01-01", "off"],
      ["Wait time", null, null],
      ["Calls answered", null, null],
    ]);
    expect(all[1]!.subject).toEqual({ kind: "phase", id: ids.purchase, name: "Purchase", removed: false });
  });

  it("filters by map, persona and channel", async () => {
    expect((await getKpiOverview(ctx(), { mapId: ids.b })).map((k) => k.name)).toEqual(["Calls answered"]);
    expect((await getKpiOverview(ctx(), { personaId: ids.persona })).map((k) => k.name)).toEqual(["Conversion", "Wait time"]);
    expect((await getKpiOverview(ctx(), { channel: "web" })).map((k) => k.name)).toEqual(["Conversion"]);
  });
});

describe("assumed emotion against measured satisfaction", () => {
  it("measures each step from its touchpoints' CSAT and calls out the largest gap", async () => {
    const { steps, largestGaps } = await getStepEmotions(ctx(), { mapId: ids.a });
    // s1: CSAT 2,4,5 → mean 3.67 → +0.67 against +2. s2: Store 1 and the removed Flyer 3 → −1 against −1.
    expect(steps.map((s) => [s.name, s.assumed, s.measured, s.gap])).toEqual([
      ["Search", 2, 0.67, 1.33],
      ["Pay", -1, -1, 0],
      ["Return", 1, null, null],
    ]);
    expect(largestGaps.map((s) => s.stepId)).toEqual([ids.s1]);
  });
});

describe("the rollup", () => {
  const byKey = <T extends { touchpointId: string; grain: string; periodStart: string }>(rows: T[]) =>
    rows.sort((x, y) => `${x.touchpointId}${x.grain}${x.periodStart}`.localeCompare(`${y.touchpointId}${y.grain}${y.periodStart}`));
  /** The rollup recomputed from the responses: what the triggers must keep it equal to. */
  async function recount(workspaceId: string) {
    const rows = [];
    for (const grain of ["day", "month"] as const) {
      const local = sql`(${feedbackResponses.respondedAt} AT TIME ZONE ${workspaces.timeZone})`;
      const period = grain === "day" ? sql`${local}::date` : sql`date_trunc('month', ${local})::date`;
      const counted = await getDb()
        .select({
          touchpointId: feedbackResponses.touchpointId,
          periodStart: sql<string>`to_char(${period}, 'YYYY-MM-DD')`,
          responses: sql<number>`count(*)::int`,
          csatSum: sql<number>`coalesce(sum(${feedbackResponses.csat}), 0)::int`,
          npsPromoters: sql<number>`(count(*) filter (where ${feedbackResponses.nps} >= 9))::int`,
        })
        .from(feedbackResponses)
        .innerJoin(workspaces, eq(workspaces.id, feedbackResponses.workspaceId))
        .where(eq(feedbackResponses.workspaceId, workspaceId))
        .groupBy(sql`1, 2`);
      rows.push(...counted.map((c) => ({ ...c, grain })));
    }
    return byKey(rows);
  }
  async function stored(workspaceId: string) {
    const rows = await getDb()
      .select({
        touchpointId: feedbackRollup.touchpointId,
        periodStart: feedbackRollup.periodStart,
        responses: feedbackRollup.responses,
        csatSum: feedbackRollup.csatSum,
        npsPromoters: feedbackRollup.npsPromoters,
        grain: feedbackRollup.grain,
      })
      .from(feedbackRollup)
      .where(eq(feedbackRollup.workspaceId, workspaceId));
    return byKey(rows);
  }
  const days = async (workspaceId: string) => (await stored(workspaceId)).filter((r) => r.grain === "day");

  it("follows inserts, updates, deletes, a deleted map and a time-zone change", async () => {
    const w = await buildWorkspace();
    const b = dashboardBuilder(w.id);
    const m1 = await b.map("One");
    const m2 = await b.map("Two");
    const p1 = await b.phase(m1.id, "A", 0);
    const p2 = await b.phase(m2.id, "A", 0);
    const t1 = await b.touchpoint(m1.id, { phaseId: p1, stepId: null }, "T1", "web");
    const t2 = await b.touchpoint(m2.id, { phaseId: p2, stepId: null }, "T2", "web");
    await b.responses(m1.id, t1, [
      { at: "2026-03-31T22:30:00Z", csat: 5, nps: 9 },
      { at: "2026-03-31T21:30:00Z", csat: 2 },
      { at: "2026-03-31T21:45:00Z", ces: 4 },
    ]);
    await b.responses(m2.id, t2, [{ at: "2026-01-01T00:00:00Z", nps: 10 }]);
    expect(await stored(w.id)).toEqual(await recount(w.id));
    expect((await stored(w.id)).filter((r) => r.touchpointId === t1).map((r) => [r.grain, r.periodStart, r.responses])).toEqual([
      ["day", "2026-03-31", 2],
      ["day", "2026-04-01", 1],
      ["month", "2026-03-01", 2],
      ["month", "2026-04-01", 1],
    ]);

    await getDb().update(feedbackResponses).set({ csat: 4, respondedAt: new Date("2026-04-02T10:00:00Z") }).where(eq(feedbackResponses.csat, 2));
    expect(await stored(w.id)).toEqual(await recount(w.id));

    await getDb().delete(feedbackResponses).where(sql`${feedbackResponses.touchpointId} = ${t1} and ${feedbackResponses.ces} = 4`);
    expect(await stored(w.id)).toEqual(await recount(w.id));
    expect((await days(w.id)).some((r) => r.periodStart === "2026-03-31")).toBe(false);

    await getDb().update(workspaces).set({ timeZone: "UTC" }).where(eq(workspaces.id, w.id));
    expect(await stored(w.id)).toEqual(await recount(w.id));
    expect((await days(w.id)).filter((r) => r.touchpointId === t1).map((r) => r.periodStart)).toEqual(["2026-03-31", "2026-04-02"]);

    await getDb().delete(journeyMaps).where(eq(journeyMaps.id, m2.id));
    expect(new Set((await stored(w.id)).map((r) => r.touchpointId))).toEqual(new Set([t1]));

    await getDb().delete(workspaces).where(eq(workspaces.id, w.id));
    expect(await stored(w.id)).toEqual([]);
  });

  it("leaves the fixture workspace's rollup equal to its responses", async () => {
    expect(await stored(ws.id)).toEqual(await recount(ws.id));
  });
});

describe("the whole dashboard", () => {
  it("loads every figure, and the steps only for one map", async () => {
    const all = await loadDashboard(ctx(), {}, "month");
    expect(all.emotions).toBeNull();
    expect(all.summary.aggregate.responses).toBe(8);
    const one = await loadDashboard(ctx(), { mapId: ids.a }, "quarter");
    expect(one.emotions?.steps).toHaveLength(3);
    expect(one.trend.map((p) => p.label)).toEqual(["2026-Q1", "2026-Q2"]);
  });
});
