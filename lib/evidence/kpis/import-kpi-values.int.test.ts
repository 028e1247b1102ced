import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, kpiValues, mapTouchpoints } from "@/db/schema";
import { buildEvidenceMap, evidenceSnapshot } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { parseCsvBytes } from "../import/csv-file";
import { CsvEncodingError } from "../import/decode-csv-bytes";
import { createKpi } from "./create-kpi";
import { importKpiValues } from "./import-kpi-values";
import { guessKpiColumns, KPI_IMPORT_MAX_ROWS, toKpiCsvRows } from "./kpi-csv";
import { setKpiValue } from "./kpi-values";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
let answered: string;
let complaints: string;
const ref = () => ({ slug: f.workspace.slug });
const utf8 = (s: string) => new TextEncoder().encode(s);

async function newKpi(input: Record<string, unknown>, as = f.editor.id, slug = f.workspace.slug) {
  const result = await createKpi(as, { slug }, { direction: "higher", target: "90", ...input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.kpiId;
}
/** What the browser does with a file (decode, parse, guess the columns), then the server's import. */
async function importFile(bytes: Uint8Array, target: { kpiId: string } | { mapId: string }, options: { dryRun?: boolean; userId?: string } = {}) {
  const csv = parseCsvBytes(bytes);
  const mapping = guessKpiColumns(csv.headers);
  if ("kpiId" in target) delete mapping.kpi;
  const rows = toKpiCsvRows(csv.rows, mapping);
  return importKpiValues(options.userId ?? f.editor.id, ref(), { ...target, fileName: "kpis.csv", dryRun: options.dryRun ?? false, rows });
}
const valuesOf = async (kpiId: string) =>
  (await getDb().select().from(kpiValues).where(eq(kpiValues.kpiId, kpiId)))
    .map((v) => ({ periodStart: v.periodStart, value: v.value, source: v.source }))
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart));

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
  answered = await newKpi({ touchpointId: m.touchpoint.id, name: "Answered in 2 days", unit: "%" });
  complaints = await newKpi({ phaseId: m.phase.id, name: "Complaints", direction: "lower", target: "5", periodKind: "quarter" });
});

describe("KPI values from CSV, for the KPIs of a map", () => {
  it("previews without writing, then imports the valid rows and reports the others", async () => {
    const csv = [
      "KPI;Periode;Waarde",
      "Answered in 2 days;2026-04;88", // 2
      "answered in 2 days ;2026-05;92,5", // 3
      `${complaints};2026-Q1;4`, // 4 by id
      "Complaints;2026-04;3", // 5 month for a quarterly KPI
      "Answered in 2 days;2026-Q2;90", // 6 quarter for a monthly KPI
      "Nobody's KPI;2026-05;1", // 7
      "Answered in 2 days;2026-06;lots", // 8
      "Answered in 2 days;2026-05;93", // 9 same KPI and period as row 3
    ].join("\r\n");
    const before = await evidenceSnapshot(f.workspace.id);
    const preview = await importFile(utf8(csv), { mapId: m.map.id }, { dryRun: true });
    expect(preview).toMatchObject({ ok: true, data: { dryRun: true, total: 8, accepted: 3, replacing: 0 } });
    expect(await evidenceSnapshot(f.workspace.id)).toEqual(before);

    const result = await importFile(utf8(csv), { mapId: m.map.id });
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toMatchObject({ dryRun: false, accepted: 3 });
    expect(Object.fromEntries(result.data.rejections.map((r) => [r.rowNumber, r.reasons.map((x) => `${x.field}:${x.message}`)]))).toEqual({
      5: ["period:PERIOD_WANTS_QUARTER"],
      6: ["period:PERIOD_WANTS_MONTH"],
      7: ["kpi:KPI_NOT_FOUND"],
      8: ["value:INVALID_NUMBER"],
      9: ["period:DUPLICATE_PERIOD"],
    });
    expect(result.data.preview[0]).toEqual({ rowNumber: 2, kpiName: "Answered in 2 days", periodStart: "2026-04-01", periodKind: "month", value: 88 });
    expect(await valuesOf(answered)).toEqual([
      { periodStart: "2026-04-01", value: 88, source: "csv" },
      { periodStart: "2026-05-01", value: 92.5, source: "csv" },
    ]);
    expect(await valuesOf(complaints)).toEqual([{ periodStart: "2026-01-01", value: 4, source: "csv" }]);
    const events = await getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, f.workspace.id), eq(auditEvents.action, "kpi_values.imported")));
    expect(events.map((e) => e.details)).toEqual([{ name: "kpis.csv", imported: "3" }]);
  });

  it("re-importing overwrites: a period's value is replaced, manual or imported, and the preview says how many", async () => {
    await setKpiValue(f.editor.id, ref(), { kpiId: answered, period: "2026-04", value: "50" });
    await importFile(utf8("kpi,period,value\nAnswered in 2 days,2026-05,70\n"), { mapId: m.map.id });
    const file = utf8("kpi,period,value\nAnswered in 2 days,2026-04,81\nAnswered in 2 days,2026-05,82\nAnswered in 2 days,2026-06,83\n");
    expect(await importFile(file, { mapId: m.map.id }, { dryRun: true })).toMatchObject({ ok: true, data: { accepted: 3, replacing: 2 } });
    expect(await importFile(file, { mapId: m.map.id })).toMatchObject({ ok: true, data: { accepted: 3, replacing: 2 } });
    expect(await valuesOf(answered)).toEqual([
      { periodStart: "2026-04-01", value: 81, source: "csv" },
      { periodStart: "2026-05-01", value: 82, source: "csv" },
      { periodStart: "2026-06-01", value: 83, source: "csv" },
    ]);
    const rows = await getDb().select().from(kpiValues).where(eq(kpiValues.kpiId, answered));
    expect(rows).toHaveLength(3);
  });

  it("reads Windows-1252 and UTF-16 files, and refuses a file that is not text", async () => {
    const cafe = await newKpi({ touchpointId: m.second.id, name: "Café visits" });
    // "kpi;period;value\nCafé visits;2026-05;12" as Excel saves it on Windows: é = 0xE9.
    const cp1252 = new Uint8Array([...utf8("kpi;period;value\nCaf"), 0xe9, ...utf8(" visits;2026-05;12\n")]);
    expect(parseCsvBytes(cp1252).encoding).toBe("windows-1252");
    expect(await importFile(cp1252, { mapId: m.map.id })).toMatchObject({ ok: true, data: { accepted: 1, rejections: [] } });
    const text = "kpi\tperiod\tvalue\nCafé visits\t2026-06\t13\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(parseCsvBytes(utf16).encoding).toBe("utf-16le");
    expect(await importFile(utf16, { mapId: m.map.id })).toMatchObject({ ok: true, data: { accepted: 1 } });
    expect((await valuesOf(cafe)).map((v) => v.value)).toEqual([12, 13]);
    expect(() => parseCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(CsvEncodingError);
  });

  it("knows only the map's own live KPIs: another workspace's, another map's and a removed touchpoint's are refused", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    const theirs = await newKpi({ touchpointId: foreign.touchpoint.id, name: "Answered in 2 days" }, f.foreignOwner.id, f.otherWorkspace.slug);
    const otherMap = await buildEvidenceMap(f.workspace.id);
    const elsewhere = await newKpi({ touchpointId: otherMap.touchpoint.id, name: "Elsewhere" });
    const gone = await newKpi({ touchpointId: m.second.id, name: "On a touchpoint about to go" });
    await getDb().update(mapTouchpoints).set({ deletedAt: new Date() }).where(eq(mapTouchpoints.id, m.second.id));
    const before = [await evidenceSnapshot(f.workspace.id), await evidenceSnapshot(f.otherWorkspace.id)];
    const result = await importFile(utf8(`kpi,period,value\n${theirs},2026-05,1\n${elsewhere},2026-05,1\n${gone},2026-05,1\nOn a touchpoint about to go,2026-05,1\n`), { mapId: m.map.id });
    expect(result).toMatchObject({ ok: true, data: { accepted: 0 } });
    if (!result.ok) return;
    expect(result.data.rejections.map((r) => r.reasons[0]!.message)).toEqual(["KPI_NOT_FOUND", "KPI_NOT_FOUND", "KPI_NOT_FOUND", "KPI_NOT_FOUND"]);
    expect([await evidenceSnapshot(f.workspace.id), await evidenceSnapshot(f.otherWorkspace.id)]).toEqual(before);
  });

  it("refuses another workspace's map or KPI as the target, a viewer, and oversized or empty input", async () => {
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    const theirs = await newKpi({ touchpointId: foreign.touchpoint.id, name: "Theirs" }, f.foreignOwner.id, f.otherWorkspace.slug);
    const file = utf8("kpi,period,value\nTheirs,2026-05,1\n");
    const before = [await evidenceSnapshot(f.workspace.id), await evidenceSnapshot(f.otherWorkspace.id)];
    expect(await importFile(file, { mapId: foreign.map.id }, { userId: f.owner.id })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    expect(await importFile(file, { kpiId: theirs }, { userId: f.owner.id })).toMatchObject({ ok: false, error: "KPI_NOT_FOUND" });
    expect(await importFile(utf8("kpi,period,value\nComplaints,2026-Q1,1\n"), { mapId: m.map.id }, { userId: f.viewer.id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const rows = Array.from({ length: KPI_IMPORT_MAX_ROWS + 1 }, (_, i) => ({ kpi: "Complaints", period: `${2000 + i}-Q1`, value: "1" }));
    expect(await importKpiValues(f.editor.id, ref(), { mapId: m.map.id, rows })).toMatchObject({ ok: false, fieldErrors: { rows: ["TOO_MANY_ROWS"] } });
    expect(await importKpiValues(f.editor.id, ref(), { mapId: m.map.id, rows: [] })).toMatchObject({ ok: false, fieldErrors: { rows: ["FILE_EMPTY"] } });
    expect(await importKpiValues(f.editor.id, ref(), { mapId: m.map.id, kpiId: answered, rows: [{ period: "2026-05", value: "1" }] })).toMatchObject({
      ok: false,
      fieldErrors: { kpiId: ["KPI_IMPORT_TARGET"] },
    });
    expect([await evidenceSnapshot(f.workspace.id), await evidenceSnapshot(f.otherWorkspace.id)]).toEqual(before);
  });
});

describe("KPI values from CSV, for one KPI", () => {
  it("takes period and value columns, ignoring any KPI column, and holds to the KPI's period kind", async () => {
    const result = await importFile(utf8("period,value,kpi\n2026-Q1,4,Answered in 2 days\n2026-Q2,6,\n2026-05,1,\n"), { kpiId: complaints });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.accepted).toBe(2);
    expect(result.data.rejections).toEqual([{ rowNumber: 4, reasons: [{ field: "period", message: "PERIOD_WANTS_QUARTER" }] }]);
    expect(await valuesOf(complaints)).toEqual([
      { periodStart: "2026-01-01", value: 4, source: "csv" },
      { periodStart: "2026-04-01", value: 6, source: "csv" },
    ]);
    expect(await valuesOf(answered)).toEqual([]);
  });

  it("writes nothing when no row is valid", async () => {
    const before = await evidenceSnapshot(f.workspace.id);
    expect(await importFile(utf8("period,value\nsoon,1\n2026-Q1,\n"), { kpiId: complaints })).toMatchObject({ ok: true, data: { accepted: 0 } });
    expect(await evidenceSnapshot(f.workspace.id)).toEqual(before);
    expect(await getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, f.workspace.id), eq(auditEvents.action, "kpi_values.imported")))).toEqual([]);
  });
});
