import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { createKpi } from "@/lib/evidence/kpis/create-kpi";
import { deleteKpiValue, setKpiValue } from "@/lib/evidence/kpis/kpi-values";
import { importKpiValues } from "@/lib/evidence/kpis/import-kpi-values";
import { buildEvidenceMap } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { buildMap } from "@/lib/testing/factories";
import { saveReviewNotes } from "@/lib/reviews/review-notes";
import { addReviewAction } from "@/lib/reviews/review-actions";
import { createWebhook, setWebhookSettings } from "./manage-webhooks";

let f: TenantFixture;
const ref = () => ({ slug: f.workspace.slug });
const sent = async () =>
  (await getDb().select({ event: webhookDeliveries.event, body: webhookDeliveries.body }).from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, f.workspace.id)).orderBy(webhookDeliveries.createdAt)).map((d) => ({
    event: d.event,
    data: JSON.parse(d.body).data,
  }));

beforeEach(async () => {
  f = await buildTenantFixture();
  await setWebhookSettings(f.owner.id, ref(), { allowPrivateTargets: true });
  const made = await createWebhook(f.owner.id, ref(), { url: "http://127.0.0.1:9/hook", events: ["kpi.status_changed", "feedback.created", "review.completed"] });
  expect(made.ok).toBe(true);
});

describe("events the app raises for webhooks", () => {
  it("kpi.status_changed when a value moves the KPI's status, not when it stays", async () => {
    const m = await buildEvidenceMap(f.workspace.id);
    const created = await createKpi(f.editor.id, ref(), { touchpointId: m.touchpoint.id, name: "Answered in 2 days", unit: "%", direction: "higher", target: "90", tolerance: "5", periodKind: "month" });
    const kpiId = created.ok ? created.data.kpiId : "";
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-10", value: 95 });
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-10", value: 93 });
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-11", value: 70 });
    expect(await sent()).toEqual([
      { event: "kpi.status_changed", data: expect.objectContaining({ kpi_id: kpiId, kpi_name: "Answered in 2 days", status: "on", previous_status: null }) },
      { event: "kpi.status_changed", data: expect.objectContaining({ status: "off", previous_status: "on" }) },
    ]);
    // Deleting the latest value and importing values from CSV are changes too.
    await deleteKpiValue(f.editor.id, ref(), { kpiId, periodStart: "2026-11-01" });
    const imported = await importKpiValues(f.editor.id, ref(), { kpiId, dryRun: false, rows: [{ period: "2026-12", value: "50" }] });
    expect(imported.ok).toBe(true);
    expect((await sent()).slice(2)).toEqual([
      { event: "kpi.status_changed", data: expect.objectContaining({ status: "on", previous_status: "off" }) },
      { event: "kpi.status_changed", data: expect.objectContaining({ status: "off", previous_status: "on" }) },
    ]);
  });

  it("review.completed when a quarter's review is first recorded (notes, an action or a snapshot), once", async () => {
    const map = await buildMap(f.workspace.id, { name: "Checkout" });
    await saveReviewNotes(f.editor.id, ref(), { mapId: map.id, quarter: "2026-Q3", notes: "First" });
    await saveReviewNotes(f.editor.id, ref(), { mapId: map.id, quarter: "2026-Q3", notes: "Second" });
    await addReviewAction(f.editor.id, ref(), { mapId: map.id, quarter: "2026-Q3", title: "Follow up" });
    await addReviewAction(f.editor.id, ref(), { mapId: map.id, quarter: "2026-Q4", title: "Next quarter" });
    expect(await sent()).toEqual([
      { event: "review.completed", data: { map_id: map.id, map_name: "Checkout", quarter: "2026-Q3" } },
      { event: "review.completed", data: { map_id: map.id, map_name: "Checkout", quarter: "2026-Q4" } },
    ]);
  });
});
