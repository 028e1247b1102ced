import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { feedbackImportRejections, feedbackImportRows, feedbackImports, feedbackResponses, mapTouchpoints } from "@/db/schema";
import { buildEvidenceMap, buildTouchpoint } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { respondentKey } from "../respondent-key";
import { applyColumnMapping, guessColumnMapping, IMPORT_CHUNK_ROWS, parseCsvBytes } from "./csv-file";
import { CsvEncodingError } from "./decode-csv-bytes";
import { commitFeedbackImport, discardFeedbackImport, importReportCsv, stageImportRows, startFeedbackImport } from "./feedback-import";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const utf8 = (s: string) => new TextEncoder().encode(s);
const stored = () => getDb().select().from(feedbackResponses).where(eq(feedbackResponses.workspaceId, f.workspace.id));
const translate = (key: string) => key;

/** The browser's steps (decode, parse, map, chunk) and the server's, as the import page runs them. */
async function importCsv(bytes: Uint8Array, userId = f.editor.id) {
  const parsed = parseCsvBytes(bytes);
  const rows = applyColumnMapping(parsed.rows, guessColumnMapping(parsed.headers));
  const { importId } = await startFeedbackImport({ userId, input: { mapId: m.map.id, fileName: "survey.csv" } });
  const staged = [];
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK_ROWS) {
    staged.push(await stageImportRows({ userId, importId, input: { startRow: i + 2, rows: rows.slice(i, i + IMPORT_CHUNK_ROWS) } }));
  }
  const committed = await commitFeedbackImport({ userId, importId });
  return { importId, encoding: parsed.encoding, staged, committed };
}

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

describe("CSV import", () => {
  it("imports valid rows, refuses bad ones with reasons, and reports them", async () => {
    const csv = [
      "touchpoint,csat,nps,ces,comment,channel,respondent,date",
      `Website,5,9,,Great,,ann@example.com,2026-05-17 14:30`, // 2 ok (by name)
      `${m.second.id},,3,,,phone,,2026-05-18T10:00:00Z`, // 3 ok (by id)
      `website ,4,,,,,,17-05-2026`, // 4 ok (name without case/spaces)
      `Website,6,,,,,bob@example.com,2026-05-17`, // 5 csat out of range
      `Nowhere,5,,,,,,2026-05-17`, // 6 unknown touchpoint
      `Old flyer,5,,,,,,2026-05-17`, // 7 removed from the map
      `Website,,,,,,,2026-05-17`, // 8 no answer
      `Website,5,,,,,,03/04/2026`, // 9 ambiguous date
      `,5,,,,,,2026-05-17`, // 10 no touchpoint
      `Website,4,12,9,"=HYPERLINK(""http://x"")",,,`, // 11 nps, ces, missing date
      `Website,5,,,,,,2999-01-01`, // 12 future
    ].join("\n");
    const { importId, committed } = await importCsv(utf8(csv));
    expect(committed).toEqual({ imported: 3, rejected: 8 });
    const rows = await stored();
    expect(rows.map((r) => r.comment ?? r.nps).sort()).toEqual([3, "Great", null].sort());
    const first = rows.find((r) => r.comment === "Great")!;
    expect(first).toMatchObject({ touchpointId: m.touchpoint.id, csat: 5, nps: 9, source: "csv", channel: "web", respondentKey: respondentKey("ann@example.com") });
    expect(first.respondedAt.toISOString()).toBe("2026-05-17T12:30:00.000Z");
    expect(rows.find((r) => r.nps === 3)).toMatchObject({ touchpointId: m.second.id, channel: "phone" });

    const reasons = Object.fromEntries(
      (await getDb().select().from(feedbackImportRejections).where(eq(feedbackImportRejections.importId, importId))).map((r) => [
        r.rowNumber,
        r.reasons.map((x) => `${x.field}:${x.message}`).sort(),
      ]),
    );
    expect(reasons).toEqual({
      5: ["csat:INVALID_CSAT"],
      6: ["touchpoint:TOUCHPOINT_NOT_FOUND"],
      7: ["touchpoint:TOUCHPOINT_NOT_FOUND"],
      8: ["csat:ANSWER_REQUIRED"],
      9: ["responded_at:INVALID_DATE"],
      10: ["touchpoint:REQUIRED"],
      11: ["ces:INVALID_CES", "nps:INVALID_NPS", "responded_at:REQUIRED"],
      12: ["responded_at:DATE_IN_FUTURE"],
    });

    const report = await importReportCsv({ userId: f.viewer.id, importId, translate });
    expect(report.fileName).toBe("survey-rejected.csv");
    const lines = report.csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("row,reasons,field.touchpoint,field.csat,field.nps,field.ces,field.comment,field.channel,field.responded_at");
    expect(lines).toHaveLength(1 + 8);
    expect(lines.find((l) => l.startsWith("5,"))).toBe("5,field.csat: reason.INVALID_CSAT,Website,6,,,,,2026-05-17");
    // The formula from the file is neutralised in the report.
    expect(lines.find((l) => l.startsWith("11,"))).toContain(`"'=HYPERLINK(""http://x"")"`);
    // Raw respondent identifiers are stored nowhere, not even for refused rows.
    expect(report.csv).not.toContain("bob@example.com");
    const everything = JSON.stringify(await getDb().execute(sql`select * from feedback_import_rejections where import_id = ${importId}`));
    expect(everything).not.toContain("bob@example.com");
  });

  it("refuses a name two touchpoints share", async () => {
    await buildTouchpoint(f.workspace.id, m.map.id, { name: "Website" });
    const { committed, importId } = await importCsv(utf8("touchpoint,csat,date\nWebsite,5,2026-05-17\n"));
    expect(committed.imported).toBe(0);
    const [rej] = await getDb().select().from(feedbackImportRejections).where(eq(feedbackImportRejections.importId, importId));
    expect(rej!.reasons).toEqual([{ field: "touchpoint", message: "TOUCHPOINT_AMBIGUOUS" }]);
  });

  it("converts a Windows-1252 file and reads a UTF-8 byte order mark", async () => {
    // "Café, €5 well spent" saved by Excel on Windows, semicolon-separated.
    const header = utf8("Touchpoint;CSAT;Opmerking;Datum\r\n");
    const line = new Uint8Array([...utf8("Website;5;Caf"), 0xe9, ...utf8(" "), 0x80, ...utf8("5;2026-05-17\r\n")]);
    const result = await importCsv(new Uint8Array([...header, ...line]));
    expect(result.encoding).toBe("windows-1252");
    expect((await stored())[0]!.comment).toBe("Café €5");

    const bom = await importCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("touchpoint,nps,date\nWebsite,10,2026-05-17\n")]));
    expect(bom.encoding).toBe("utf-8");
    expect(bom.committed.imported).toBe(1);
  });

  it("refuses a file that is not text", () => {
    expect(() => parseCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))).toThrow(CsvEncodingError);
  });

  it("imports nothing until committed, and nothing at all when discarded", async () => {
    const { importId } = await startFeedbackImport({ userId: f.editor.id, input: { mapId: m.map.id } });
    await stageImportRows({ userId: f.editor.id, importId, input: { startRow: 2, rows: [{ touchpoint: "Website", csat: "5", responded_at: "2026-05-17" }] } });
    expect(await stored()).toHaveLength(0);
    await discardFeedbackImport({ userId: f.editor.id, importId });
    await expect(commitFeedbackImport({ userId: f.editor.id, importId })).rejects.toMatchObject({ messageKey: "IMPORT_CLOSED" });
    expect(await stored()).toHaveLength(0);
    expect(await getDb().select().from(feedbackImportRows).where(eq(feedbackImportRows.importId, importId))).toHaveLength(0);
  });

  it("counts a chunk sent twice once", async () => {
    const { importId } = await startFeedbackImport({ userId: f.editor.id, input: { mapId: m.map.id } });
    const chunk = { startRow: 2, rows: [{ touchpoint: "Website", csat: "5", responded_at: "2026-05-17" }, { touchpoint: "?", csat: "5", responded_at: "2026-05-17" }] };
    await stageImportRows({ userId: f.editor.id, importId, input: chunk });
    await stageImportRows({ userId: f.editor.id, importId, input: chunk });
    expect(await commitFeedbackImport({ userId: f.editor.id, importId })).toEqual({ imported: 1, rejected: 1 });
    await expect(stageImportRows({ userId: f.editor.id, importId, input: chunk })).rejects.toMatchObject({ messageKey: "IMPORT_CLOSED" });
  });

  it("refuses at commit a row whose touchpoint left the map after staging", async () => {
    const { importId } = await startFeedbackImport({ userId: f.editor.id, input: { mapId: m.map.id } });
    await stageImportRows({
      userId: f.editor.id,
      importId,
      input: { startRow: 2, rows: [{ touchpoint: "Website", csat: "5", responded_at: "2026-05-17" }, { touchpoint: "Store visit", csat: "4", responded_at: "2026-05-17" }] },
    });
    await getDb().update(mapTouchpoints).set({ deletedAt: new Date() }).where(eq(mapTouchpoints.id, m.second.id));
    expect(await commitFeedbackImport({ userId: f.editor.id, importId })).toEqual({ imported: 1, rejected: 1 });
  });

  it("refuses chunks over the limit and touchpoints of other maps", async () => {
    const { importId } = await startFeedbackImport({ userId: f.editor.id, input: { mapId: m.map.id } });
    const big = Array.from({ length: IMPORT_CHUNK_ROWS + 1 }, () => ({ touchpoint: "Website", csat: "5", responded_at: "2026-05-17" }));
    await expect(stageImportRows({ userId: f.editor.id, importId, input: { startRow: 2, rows: big } })).rejects.toMatchObject({
      fieldErrors: { rows: ["CHUNK_TOO_LARGE"] },
    });
    const otherMap = await buildEvidenceMap(f.workspace.id);
    const result = await stageImportRows({ userId: f.editor.id, importId, input: { startRow: 2, rows: [{ touchpoint: otherMap.touchpoint.id, csat: "5", responded_at: "2026-05-17" }] } });
    expect(result.rejections).toEqual([{ rowNumber: 2, reasons: [{ field: "touchpoint", message: "TOUCHPOINT_NOT_FOUND" }] }]);
  });

  it("belongs to its workspace and to members who may write", async () => {
    await expect(startFeedbackImport({ userId: f.viewer.id, input: { mapId: m.map.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startFeedbackImport({ userId: f.foreignOwner.id, input: { mapId: m.map.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startFeedbackImport({ userId: null, input: { mapId: m.map.id } })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const { importId } = await startFeedbackImport({ userId: f.editor.id, input: { mapId: m.map.id } });
    const chunk = { startRow: 2, rows: [{ touchpoint: "Website", csat: "5", responded_at: "2026-05-17" }] };
    await expect(stageImportRows({ userId: f.foreignOwner.id, importId, input: chunk })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(commitFeedbackImport({ userId: f.foreignOwner.id, importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importReportCsv({ userId: f.outsider.id, importId, translate })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getDb().select().from(feedbackImports).where(eq(feedbackImports.id, importId)))[0]!.stagedRows).toBe(0);
  });

  it("imports 100,000 rows", async () => {
    const lines = ["touchpoint,csat,nps,ces,comment,respondent,responded_at"];
    for (let i = 0; i < 100_000; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      lines.push(`${i % 3 ? "Website" : "Store visit"},${1 + (i % 5)},${i % 11},${1 + (i % 7)},${i % 10 ? "" : `"Comment ${i}, fine"`},customer-${i % 5000},2026-04-${day}T10:${String(i % 60).padStart(2, "0")}:00Z`);
    }
    const bytes = utf8(lines.join("\n"));
    const started = performance.now();
    const { committed, staged } = await importCsv(bytes);
    const seconds = (performance.now() - started) / 1000;
    console.log(`100,000-row CSV import (${(bytes.length / 1e6).toFixed(1)} MB, ${staged.length} chunks, parse + validate + stage + commit): ${seconds.toFixed(1)} s`);
    expect(committed).toEqual({ imported: 100_000, rejected: 0 });
    const [count] = await getDb().select({ n: sql<number>`count(*)::int` }).from(feedbackResponses).where(eq(feedbackResponses.mapId, m.map.id));
    expect(count!.n).toBe(100_000);
  }, 300_000);
});
