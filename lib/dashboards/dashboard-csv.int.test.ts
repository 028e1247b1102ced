import { beforeAll, describe, expect, it } from "vitest";
import { dashboardBuilder } from "@/lib/testing/dashboard-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { dashboardCsvResponse } from "./dashboard-csv";

let f: TenantFixture;
let mapId: string;
const get = (query: string) => new Request(`http://localhost/export?${query}`);

beforeAll(async () => {
  f = await buildTenantFixture();
  const b = dashboardBuilder(f.workspace.id);
  const map = await b.map("=cmd|' /C calc'!A0");
  mapId = map.id;
  const phase = await b.phase(map.id, "+Awareness", 0);
  const tp = await b.touchpoint(map.id, { phaseId: phase, stepId: null }, '=HYPERLINK("http://evil.test","click")', "web");
  await b.responses(map.id, tp, [
    { at: "2026-04-10T10:00:00Z", csat: 5 },
    { at: "2026-05-10T10:00:00Z", csat: 2, nps: 10 },
  ]);
});

describe("dashboard CSV", () => {
  it("neutralises formulas in names typed by users", async () => {
    const res = await dashboardCsvResponse({ request: get("table=touchpoints&quarter=2026-Q2"), userId: f.viewer.id, slug: f.workspace.slug });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("touchpoint,touchpoint_id,map,phase,channel,removed,responses,csat_percent,csat_answers,nps,nps_answers,ces_mean,ces_answers");
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.test"",""click""\)",[0-9a-f-]{36},'=cmd\|' \/C calc'!A0,'\+Awareness,web,false,2,50,2,100,1,,0$/);
  });

  it("keeps the filters and refuses an unknown table", async () => {
    const trend = await (await dashboardCsvResponse({ request: get("table=trend&quarter=2026-Q2"), userId: f.editor.id, slug: f.workspace.slug, mapId })).text();
    expect(trend.trim().split("\r\n").slice(1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["2026-04,2026-04-01,1", "2026-05,2026-05-01,1", "2026-06,2026-06-01,0"]);
    const bad = await dashboardCsvResponse({ request: get("table=secrets"), userId: f.editor.id, slug: f.workspace.slug });
    expect(bad.status).toBe(422);
  });
});
