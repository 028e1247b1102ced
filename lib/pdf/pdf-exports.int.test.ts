import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reviewActions } from "@/db/schema";
import { formatQuarter } from "@/lib/dashboards/quarters";
import { reviewQuarter } from "@/lib/reviews/load-quarterly-review";
import { addReviewAction } from "@/lib/reviews/review-actions";
import { saveReviewNotes } from "@/lib/reviews/review-notes";
import { createSnapshot } from "@/lib/snapshots/create-snapshot";
import { dashboardBuilder } from "@/lib/testing/dashboard-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs } from "@/lib/testing/map-fixtures";
import { pdfPageCount, pdfTextContent } from "@/lib/testing/pdf-text-content";
import { dashboardPdfResponse } from "./dashboard-pdf";
import { reviewPdfResponse } from "./review-pdf";

let f: TenantFixture;
let mapId: string;
let theirMapId: string;
const get = (query: string) => new Request(`http://localhost/pdf?${query}`);

async function pdfOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  const body = new Uint8Array(await res.arrayBuffer());
  expect(Buffer.from(body.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  expect(body.byteLength).toBeGreaterThan(1024);
  expect(Number(res.headers.get("content-length"))).toBe(body.byteLength);
  const text = pdfTextContent(body);
  // Hyphenation draws "2026-Q2" as two runs: `flat` checks what reads across runs.
  return { body, text, all: text.join("\n"), flat: text.join("") };
}

beforeAll(async () => {
  f = await buildTenantFixture();
  const b = dashboardBuilder(f.workspace.id);
  const map = await b.map("Café reis");
  mapId = map.id;
  const orientation = await b.phase(mapId, "Oriëntatie", 0);
  const purchase = await b.phase(mapId, "Aankoop", 1);
  const compare = await b.step(mapId, orientation, "Vergelijken", 0, 2);
  const pay = await b.step(mapId, purchase, "Betalen", 0, -1);
  const site = await b.touchpoint(mapId, { phaseId: orientation, stepId: compare }, "Website", "web");
  const checkout = await b.touchpoint(mapId, { phaseId: purchase, stepId: pay }, "Afrekenen", "web", { position: 1 });
  // Q2: CSAT 100 % on the site; Q3: 0 % on the site, so the review shows a fall of 100 points.
  await b.responses(mapId, site, [
    { at: "2026-05-10T10:00:00Z", csat: 5, nps: 10 },
    { at: "2026-08-10T10:00:00Z", csat: 1, nps: 2 },
    { at: "2026-08-11T10:00:00Z", csat: 1, nps: 3 },
  ]);
  await b.responses(mapId, checkout, [{ at: "2026-08-12T10:00:00Z", csat: 4, ces: 6 }]);
  await b.kpi(mapId, { touchpointId: checkout }, { name: "Wachttijd", direction: "lower", target: 60, tolerance: 10 }, [["2026-08-01", 95]]);

  const ref = { slug: f.workspace.slug };
  await saveReviewNotes(f.editor.id, ref, { mapId, quarter: "2026-Q3", notes: "De website viel tegen; klanten haken af bij het vergelijken." });
  await addReviewAction(f.editor.id, ref, { mapId, quarter: "2026-Q3", title: "Vergelijker herbouwen", ownerId: f.admin.id, status: "planned", dueDate: "2026-11-30" });
  const panel = await addReviewAction(f.editor.id, ref, { mapId, quarter: "2026-Q2", title: "Klantpanel opzetten", status: "doing", dueDate: "2026-07-01" });
  // An owner typed as free text before owners were members, which no member matched.
  if (panel.ok) await getDb().update(reviewActions).set({ owner: "Zoë" }).where(eq(reviewActions.id, panel.data.actionId));
  await createSnapshot(f.editor.id, ref, { mapId, name: "Review 2026-Q3", quarter: "2026-Q3" });

  theirMapId = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Their map" });
});

describe("quarterly review PDF", () => {
  it("holds the quarter's figures against the previous quarter, the notes and the actions, in Dutch", async () => {
    const res = await reviewPdfResponse({ request: get("quarter=2026-q3"), userId: f.viewer.id, slug: f.workspace.slug, mapId, locale: "nl" });
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="Cafe-reis-2026-Q3-review.pdf"; filename*=UTF-8''${encodeURIComponent("Café-reis-2026-Q3-review.pdf")}`,
    );
    const { text, all, flat } = await pdfOf(res);
    expect(flat).toContain("Kwartaalreview van Café reis: 2026-Q3");
    expect(flat).toContain("Elk cijfer tegenover 2026-Q2");
    // Totals tile: CSAT 33% (1 of 3 satisfied, a whole percentage) against 100% in Q2.
    expect(text).toContain("33%");
    expect(flat).toContain("-67 ten opzichte van vorig kwartaal (100%)");
    expect(text).toContain("Oriëntatie");
    expect(flat).toContain("t.o.v. 2026-Q2");
    expect(text).toContain("Afrekenen");
    expect(text).toContain("Wachttijd");
    expect(text).toContain("Buiten doel");
    expect(flat).toContain("Vergelijken (Oriëntatie)");
    expect(flat).toContain("De website viel tegen");
    expect(text).toContain("Vergelijker herbouwen");
    expect(text).toContain(f.admin.name!);
    expect(text).toContain("Gepland");
    // The open action of the Q2 review, overdue since July.
    expect(text).toContain("Klantpanel opzetten");
    expect(text).toContain("niet toegewezen: Zoë");
    expect(flat).toMatch(/te laat sinds 1 jul\.? 2026/);
    expect(flat).toContain("Momentopnamen bij deze review: Review 2026-Q3");
    expect(all).toMatch(/Pagina 1 van \d/);
  });

  it("speaks the reader's language", async () => {
    const res = await reviewPdfResponse({ request: get("quarter=2026-Q3"), userId: f.editor.id, slug: f.workspace.slug, mapId, locale: "en" });
    const { text, flat } = await pdfOf(res);
    expect(flat).toContain("Quarterly review of Café reis: 2026-Q3");
    expect(text).toContain("Review notes");
    expect(text).toContain("Off target");
    expect(text).not.toContain("Reviewnotities");
  });

  it("defaults to the quarter the review page opens on, and refuses a malformed quarter", async () => {
    const res = await reviewPdfResponse({ request: get(""), userId: f.viewer.id, slug: f.workspace.slug, mapId, locale: "en" });
    const quarter = formatQuarter(reviewQuarter(undefined, f.workspace.timeZone));
    expect(res.headers.get("content-disposition")).toContain(`filename="Cafe-reis-${quarter}-review.pdf"`);
    await pdfOf(res);
    const bad = await reviewPdfResponse({ request: get("quarter=2026-Q5"), userId: f.viewer.id, slug: f.workspace.slug, mapId, locale: "en" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "INVALID_QUARTER", field: "quarter" } });
  });

  it("does not exist for another workspace's map, a malformed id, a non-member or nobody", async () => {
    const as = (userId: string | null, id = mapId) => reviewPdfResponse({ request: get("quarter=2026-Q3"), userId, slug: f.workspace.slug, mapId: id, locale: "en" });
    expect((await as(f.owner.id, theirMapId)).status).toBe(404);
    expect((await as(f.owner.id, "not-a-uuid")).status).toBe(404);
    expect((await as(f.outsider.id)).status).toBe(404);
    expect((await as(f.foreignOwner.id)).status).toBe(404);
    expect((await as(null)).status).toBe(401);
  });
});

describe("dashboard PDF", () => {
  it("renders the workspace dashboard with its filters", async () => {
    const res = await dashboardPdfResponse({ request: get(`quarter=2026-Q3&map=${mapId}&channel=web`), userId: f.viewer.id, slug: f.workspace.slug, locale: "nl" });
    expect(res.headers.get("content-disposition")).toContain(`filename="${f.workspace.slug}-Cafe-reis-dashboard-2026-Q3.pdf"`);
    const { text, all, flat } = await pdfOf(res);
    expect(text).toContain("Dashboard");
    expect(flat).toContain(`${f.workspace.name} · Café reis · 2026-Q3 · Kanaal: Website`);
    expect(text).toContain("Totalen");
    expect(flat).toContain("Contactmomenten, slechtste eerst");
    expect(text).toContain("2026-08");
    expect(text).toContain("Buiten doel");
  });

  it("renders all maps over all time without filters, with a trend per quarter when asked", async () => {
    const res = await dashboardPdfResponse({ request: get("by=quarter"), userId: f.editor.id, slug: f.workspace.slug, locale: "en" });
    expect(res.headers.get("content-disposition")).toContain(`filename="${f.workspace.slug}-dashboard.pdf"`);
    const { text, all, flat } = await pdfOf(res);
    expect(flat).toContain("All maps · All time");
    expect(text).toContain("Trend per quarter");
    expect(flat).toContain("2026-Q2");
    expect(flat).toContain("2026-Q3");
  });

  it("renders one map's dashboard", async () => {
    const res = await dashboardPdfResponse({ request: get("quarter=2026-Q3"), userId: f.viewer.id, slug: f.workspace.slug, mapId, locale: "en" });
    expect(res.headers.get("content-disposition")).toContain('filename="Cafe-reis-dashboard-2026-Q3.pdf"');
    const { body, flat } = await pdfOf(res);
    expect(flat).toContain("Dashboard: Café reis");
    expect(flat).toContain("Assumed emotion against measured satisfaction");
    expect(pdfPageCount(body)).toBeGreaterThanOrEqual(1);
  });

  it("refuses another workspace's map, as the map or in the filters", async () => {
    const mapPdf = await dashboardPdfResponse({ request: get(""), userId: f.owner.id, slug: f.workspace.slug, mapId: theirMapId, locale: "en" });
    expect(mapPdf.status).toBe(404);
    const filtered = await dashboardPdfResponse({ request: get(`map=${theirMapId}`), userId: f.owner.id, slug: f.workspace.slug, locale: "en" });
    expect(filtered.status).toBe(404);
    const theirs = await dashboardPdfResponse({ request: get(""), userId: f.owner.id, slug: f.otherWorkspace.slug, locale: "en" });
    expect(theirs.status).toBe(404);
  });
});
