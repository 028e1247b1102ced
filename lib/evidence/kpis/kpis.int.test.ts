import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { kpis, kpiValues } from "@/db/schema";
import { buildEvidenceMap } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createKpi } from "./create-kpi";
import { deleteKpiValue, setKpiValue } from "./kpi-values";
import { listKpis } from "./list-kpis";
import { deleteKpi, updateKpi } from "./update-kpi";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const ref = () => ({ slug: f.workspace.slug });
const kpiInput = (over: Record<string, unknown> = {}) => ({
  touchpointId: m.touchpoint.id,
  name: "Answered within 2 days",
  unit: "%",
  direction: "higher",
  target: "90",
  tolerance: "5",
  periodKind: "month",
  ...over,
});

async function newKpi(over: Record<string, unknown> = {}) {
  const result = await createKpi(f.editor.id, ref(), kpiInput(over));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.kpiId;
}

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

describe("createKpi", () => {
  it("creates a KPI on a touchpoint, taking the map from the touchpoint", async () => {
    const kpiId = await newKpi();
    const [row] = await getDb().select().from(kpis).where(eq(kpis.id, kpiId));
    expect(row).toMatchObject({ mapId: m.map.id, touchpointId: m.touchpoint.id, phaseId: null, target: 90, tolerance: 5, direction: "higher" });
  });

  it("creates a KPI on a phase, reading a decimal comma", async () => {
    const kpiId = await newKpi({ touchpointId: "", phaseId: m.phase.id, target: "4,5", direction: "lower", periodKind: "quarter" });
    const [row] = await getDb().select().from(kpis).where(eq(kpis.id, kpiId));
    expect(row).toMatchObject({ phaseId: m.phase.id, touchpointId: null, target: 4.5, periodKind: "quarter" });
  });

  it("needs exactly one subject", async () => {
    const both = await createKpi(f.editor.id, ref(), kpiInput({ phaseId: m.phase.id }));
    expect(both).toMatchObject({ ok: false, fieldErrors: { touchpointId: ["KPI_ONE_SUBJECT"] } });
    const none = await createKpi(f.editor.id, ref(), kpiInput({ touchpointId: undefined }));
    expect(none).toMatchObject({ ok: false, fieldErrors: { touchpointId: ["KPI_ONE_SUBJECT"] } });
  });

  it("names each bad field", async () => {
    const result = await createKpi(f.editor.id, ref(), kpiInput({ name: " ", direction: "up", target: "ten", tolerance: "-1", periodKind: "week" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["REQUIRED"],
        direction: ["INVALID_DIRECTION"],
        target: ["INVALID_NUMBER"],
        tolerance: ["TOLERANCE_NEGATIVE"],
        periodKind: ["INVALID_PERIOD_KIND"],
      },
    });
  });

  it("refuses a touchpoint removed from the map and one of another workspace", async () => {
    expect(await createKpi(f.editor.id, ref(), kpiInput({ touchpointId: m.removed.id }))).toMatchObject({ ok: false, error: "TOUCHPOINT_NOT_FOUND" });
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    expect(await createKpi(f.editor.id, ref(), kpiInput({ touchpointId: foreign.touchpoint.id }))).toMatchObject({ ok: false, error: "TOUCHPOINT_NOT_FOUND" });
    expect(await createKpi(f.editor.id, ref(), kpiInput({ touchpointId: "", phaseId: foreign.phase.id }))).toMatchObject({ ok: false, error: "PHASE_NOT_FOUND" });
    expect(await getDb().select().from(kpis).where(eq(kpis.workspaceId, f.workspace.id))).toHaveLength(0);
  });

  it("is refused to a viewer", async () => {
    expect(await createKpi(f.viewer.id, ref(), kpiInput())).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("KPI values", () => {
  it("records one value per period, normalised to the period's start, and corrects it", async () => {
    const kpiId = await newKpi();
    expect(await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-05-17", value: "88" })).toMatchObject({
      ok: true,
      data: { periodStart: "2026-05-01" },
    });
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-05", value: "92,5" });
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-04", value: "70" });
    const [listed] = await listKpis({ workspaceId: f.workspace.id, mapId: m.map.id });
    expect(listed!.values).toEqual([
      { periodStart: "2026-04-01", value: 70, source: "manual" },
      { periodStart: "2026-05-01", value: 92.5, source: "manual" },
    ]);
    expect(listed!.latest).toEqual({ periodStart: "2026-05-01", value: 92.5, status: "on" });
  });

  it("refuses a period that does not fit the KPI", async () => {
    const kpiId = await newKpi();
    expect(await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-Q2", value: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { period: ["INVALID_PERIOD"] },
    });
  });

  it("deletes a value", async () => {
    const kpiId = await newKpi();
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-05", value: "1" });
    expect(await deleteKpiValue(f.editor.id, ref(), { kpiId, periodStart: "2026-05-01" })).toMatchObject({ ok: true });
    expect(await getDb().select().from(kpiValues).where(eq(kpiValues.kpiId, kpiId))).toHaveLength(0);
  });

  it("never touches another workspace's KPI", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    const created = await createKpi(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, kpiInput({ touchpointId: foreign.touchpoint.id }));
    if (!created.ok) throw new Error("setup");
    const kpiId = created.data.kpiId;
    expect(await setKpiValue(f.owner.id, ref(), { kpiId, period: "2026-05", value: "1" })).toMatchObject({ ok: false, error: "KPI_NOT_FOUND" });
    expect(await updateKpi(f.owner.id, ref(), { kpiId, ...kpiInput(), touchpointId: undefined })).toMatchObject({ ok: false, error: "KPI_NOT_FOUND" });
    expect(await deleteKpi(f.owner.id, ref(), { kpiId })).toMatchObject({ ok: false, error: "KPI_NOT_FOUND" });
    expect(await getDb().select().from(kpis).where(eq(kpis.id, kpiId))).toHaveLength(1);
    expect(await getDb().select().from(kpiValues).where(eq(kpiValues.kpiId, kpiId))).toHaveLength(0);
  });
});

describe("updateKpi", () => {
  it("edits the definition, and keeps the period kind while values exist", async () => {
    const kpiId = await newKpi();
    expect(await updateKpi(f.editor.id, ref(), { kpiId, ...kpiInput({ name: "Renamed", target: "95", periodKind: "quarter" }) })).toMatchObject({ ok: true });
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-Q1", value: "1" });
    expect(await updateKpi(f.editor.id, ref(), { kpiId, ...kpiInput({ periodKind: "month" }) })).toMatchObject({
      ok: false,
      error: "KPI_HAS_VALUES",
    });
    const [row] = await getDb().select().from(kpis).where(eq(kpis.id, kpiId));
    expect(row).toMatchObject({ name: "Renamed", target: 95, periodKind: "quarter" });
  });

  it("deletes a KPI with its values", async () => {
    const kpiId = await newKpi();
    await setKpiValue(f.editor.id, ref(), { kpiId, period: "2026-05", value: "1" });
    expect(await deleteKpi(f.editor.id, ref(), { kpiId })).toMatchObject({ ok: true });
    expect(await getDb().select().from(kpiValues).where(eq(kpiValues.kpiId, kpiId))).toHaveLength(0);
  });
});
