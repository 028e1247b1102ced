import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alertFirings, feedbackResponses, notifications, webhookDeliveries } from "@/db/schema";
import { setKpiValue } from "@/lib/evidence/kpis/kpi-values";
import { formatQuarter, quarterAt, quarterRange, shiftQuarter } from "@/lib/dashboards/quarters";
import { dashboardBuilder } from "@/lib/testing/dashboard-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { createWebhook, setWebhookSettings } from "@/lib/webhooks/manage-webhooks";
import { evaluateAlertRules } from "./evaluate";
import { createAlertRule, deleteAlertRule, listAlertRules } from "./manage-alert-rules";

let f: TenantFixture;
let b: ReturnType<typeof dashboardBuilder>;
let mapId: string;
let phaseId: string;
let touchpointId: string;
const ref = () => ({ slug: f.workspace.slug });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

async function rule(input: Record<string, unknown>) {
  const made = await createAlertRule(f.editor.id, ref(), input);
  if (!made.ok) throw new Error(`${made.error} ${JSON.stringify(made.fieldErrors)}`);
  return made.data.ruleId;
}
const firingsOf = (ruleId: string) => getDb().select().from(alertFirings).where(eq(alertFirings.ruleId, ruleId));
const alertsFor = async (userId: string) =>
  (await getDb().select({ excerpt: notifications.excerpt }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "alert_fired")))).map((n) => n.excerpt);

beforeEach(async () => {
  f = await buildTenantFixture();
  b = dashboardBuilder(f.workspace.id);
  mapId = (await b.map("Checkout")).id;
  phaseId = await b.phase(mapId, "Pay", 0);
  touchpointId = await b.touchpoint(mapId, { phaseId, stepId: null }, "Payment page", "web");
});

describe("alert rules", () => {
  it("CSAT below a threshold fires once, tells its maker and the webhooks, clears, and fires again after clearing", async () => {
    await setWebhookSettings(f.owner.id, ref(), { allowPrivateTargets: true });
    await createWebhook(f.owner.id, ref(), { url: "http://127.0.0.1:9/x", events: ["alert.fired"] });
    await b.responses(mapId, touchpointId, [{ at: daysAgo(1), csat: 2 }, { at: daysAgo(2), csat: 1 }]);
    const id = await rule({ kind: "csat_below", subject: `touchpoint:${touchpointId}`, threshold: "70", windowDays: "7", minAnswers: "3" });
    // Two answers are fewer than the three asked for: no verdict yet.
    expect(await firingsOf(id)).toHaveLength(0);
    await b.responses(mapId, touchpointId, [{ at: daysAgo(1), csat: 5 }]);
    await evaluateAlertRules(f.workspace.id);
    await evaluateAlertRules(f.workspace.id);
    const [open] = await firingsOf(id);
    expect(open).toMatchObject({ clearedAt: null, mapId });
    expect(Math.round(open!.value!)).toBe(33);
    expect(await alertsFor(f.editor.id)).toEqual([expect.stringContaining("CSAT 33 %")]);
    const hooks = await getDb().select({ body: webhookDeliveries.body }).from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, f.workspace.id));
    expect(hooks.map((h) => JSON.parse(h.body))).toEqual([expect.objectContaining({ event: "alert.fired", data: expect.objectContaining({ kind: "csat_below", map_name: "Checkout" }) })]);

    await b.responses(mapId, touchpointId, Array.from({ length: 6 }, () => ({ at: daysAgo(0.5), csat: 5 })));
    await evaluateAlertRules(f.workspace.id);
    expect((await firingsOf(id))[0]!.clearedAt).not.toBeNull();
    await b.responses(mapId, touchpointId, Array.from({ length: 12 }, () => ({ at: daysAgo(0.2), csat: 1 })));
    await evaluateAlertRules(f.workspace.id);
    expect((await firingsOf(id)).map((x) => x.clearedAt === null).sort()).toEqual([false, true]);
    expect(await alertsFor(f.editor.id)).toHaveLength(2);
    const [listed] = await listAlertRules(await authorizeWorkspace({ userId: f.viewer.id, workspace: ref(), permission: "workspace.read" }));
    expect(listed).toMatchObject({ id, kind: "csat_below", subjectKind: "touchpoint", subjectName: "Payment page", mapName: "Checkout", firing: 1 });
  });

  it("NPS falling quarter on quarter fires for the map", async () => {
    const tz = f.workspace.timeZone;
    const now = quarterAt(new Date(), tz);
    const last = quarterRange(shiftQuarter(now, -1));
    await b.responses(mapId, touchpointId, [{ at: `${last.from}T12:00:00Z`, nps: 10 }, { at: `${last.from}T13:00:00Z`, nps: 9 }]);
    await b.responses(mapId, touchpointId, [{ at: daysAgo(0), nps: 2 }, { at: daysAgo(0), nps: 10 }]);
    const id = await rule({ kind: "nps_drop", subject: `map:${mapId}`, threshold: "20", minAnswers: "2" });
    const [fired] = await firingsOf(id);
    expect(fired).toMatchObject({ subjectKey: `map:${mapId}:${formatQuarter(now)}`, value: 100 });
  });

  it("a KPI going off target fires when its value arrives, and clears when it is back", async () => {
    const kpiId = await b.kpi(mapId, { touchpointId }, { name: "Wait time", direction: "lower", target: 60, tolerance: 10 }, [["2026-01-01", 50]]);
    const id = await rule({ kind: "kpi_off_target", subject: `map:${mapId}` });
    expect(await firingsOf(id)).toHaveLength(0);
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-02", value: 95 });
    expect(await firingsOf(id)).toEqual([expect.objectContaining({ subjectKey: `kpi:${kpiId}`, clearedAt: null, description: "KPI “Wait time” is off target" })]);
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-02", value: 55 });
    expect((await firingsOf(id))[0]!.clearedAt).not.toBeNull();
  });

  it("a comment with a score of 2 or less fires once per response, not for old ones", async () => {
    await b.responses(mapId, touchpointId, [{ at: daysAgo(0), csat: 1, comment: "Old complaint" }]);
    await getDb().update(feedbackResponses).set({ createdAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(feedbackResponses.mapId, mapId));
    const id = await rule({ kind: "low_score_comment", subject: "workspace" });
    await b.responses(mapId, touchpointId, [{ at: daysAgo(0), csat: 2, comment: "Payment failed twice" }, { at: daysAgo(0), csat: 5, comment: "Great" }, { at: daysAgo(0), csat: 1 }]);
    await evaluateAlertRules(f.workspace.id);
    await evaluateAlertRules(f.workspace.id);
    const fired = await firingsOf(id);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.description).toContain("Payment failed twice");
  });

  it("are made by editors and up, for subjects of their own workspace, with clear errors", async () => {
    expect(await createAlertRule(f.viewer.id, ref(), { kind: "kpi_off_target", subject: "workspace" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const other = dashboardBuilder(f.otherWorkspace.id);
    const theirMap = (await other.map("Theirs")).id;
    expect(await createAlertRule(f.editor.id, ref(), { kind: "kpi_off_target", subject: `map:${theirMap}` })).toMatchObject({ ok: false, fieldErrors: { subject: ["SUBJECT_NOT_FOUND"] } });
    expect(await createAlertRule(f.editor.id, ref(), { kind: "csat_below", subject: "workspace", threshold: "", windowDays: "" })).toMatchObject({
      ok: false,
      fieldErrors: { threshold: ["REQUIRED"], windowDays: ["REQUIRED"], subject: ["SUBJECT_NOT_FOR_KIND"] },
    });
    const id = await rule({ kind: "low_score_comment", subject: `map:${mapId}` });
    expect(await deleteAlertRule(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { ruleId: id })).toMatchObject({ ok: false, error: "ALERT_RULE_NOT_FOUND" });
    expect(await deleteAlertRule(f.viewer.id, ref(), { ruleId: id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await deleteAlertRule(f.editor.id, ref(), { ruleId: id })).toMatchObject({ ok: true });
  });
});
