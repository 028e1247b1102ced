import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { feedbackExportResponse } from "./feedback-export";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const exportCsv = (userId: string | null, query = "", mapId = m.map.id) =>
  feedbackExportResponse({ request: new Request(`http://localhost/api/maps/${mapId}/feedback-export${query}`), userId, mapId });

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
});

describe("CSV export of feedback", () => {
  it("neutralises formulas in every text cell and keeps the rest intact", async () => {
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [
      { csat: 1, comment: '=HYPERLINK("http://evil.example","Click")', channel: "@chat", respondedAt: new Date("2026-05-01T10:00:00Z") },
      { nps: 9, comment: "+31 6 12345678, call me", respondedAt: new Date("2026-05-02T10:00:00Z") },
      { ces: 4, comment: "-1 for the wait\nbut friendly", followUp: "=1+1 more staff", respondedAt: new Date("2026-05-03T10:00:00Z") },
    ]);
    const res = await exportCsv(f.viewer.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // Response.text() would drop the byte order mark; read the bytes as they are.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith("\uFEFFresponded_at,touchpoint_id,touchpoint,phase,csat")).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[7])).toEqual([`'=HYPERLINK("http://evil.example","Click")`, "'+31 6 12345678, call me", "'-1 for the wait\nbut friendly"]);
    expect(rows[1]![8]).toBe("'@chat");
    // The follow-up question's answer is the last column, formula-safe like the comment.
    expect(rows[0]!.at(-1)).toBe("follow_up");
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(["", "", "'=1+1 more staff"]);
    expect(rows[1]!.slice(0, 5)).toEqual(["2026-05-01T10:00:00.000Z", m.touchpoint.id, "Website", "Awareness", "1"]);
    // No cell of the file starts a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("streams every row across pages, filtered by touchpoint and dates", async () => {
    const base = { workspaceId: f.workspace.id, mapId: m.map.id };
    await buildResponses({ ...base, touchpointId: m.touchpoint.id }, Array.from({ length: 12_001 }, (_, i) => ({ csat: 1 + (i % 5), respondedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 7)) })));
    await buildResponses({ ...base, touchpointId: m.second.id }, [{ csat: 5, respondedAt: new Date("2026-03-01T00:00:00Z") }]);
    const count = async (query: string) => (await (await exportCsv(f.owner.id, query)).text()).trim().split("\r\n").length - 1;
    expect(await count("")).toBe(12_002);
    expect(await count(`?touchpoint_id=${m.second.id}`)).toBe(1);
    expect(await count("?since=2026-02-01")).toBe(1);
    expect(await count("?until=2026-02-01")).toBe(12_001);
  });

  it("is only for members of the map's workspace", async () => {
    expect((await exportCsv(f.foreignOwner.id)).status).toBe(404);
    expect((await exportCsv(null)).status).toBe(401);
    const bad = await exportCsv(f.owner.id, "?since=yesterday");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.field).toBe("since");
  });
});
