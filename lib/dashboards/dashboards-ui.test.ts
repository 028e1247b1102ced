import { createElement as h, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { CsvMenu } from "@/components/dashboards/csv-menu";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { EmotionChart } from "@/components/dashboards/emotion-chart";
import { KpiStatusTable } from "@/components/dashboards/kpi-status-table";
import { PdfDownloadLink } from "@/components/dashboards/pdf-download-link";
import { PrintButton } from "@/components/dashboards/print-button";
import { ScoreChart } from "@/components/dashboards/score-chart";
import { SummaryTiles } from "@/components/dashboards/summary-tiles";
import { TrendCharts } from "@/components/dashboards/trend-charts";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { QuarterPicker } from "@/components/reviews/quarter-picker";
import { ReviewActionsList } from "@/components/reviews/review-actions-list";
import { ReviewNotesForm } from "@/components/reviews/review-notes-form";
import { ComparePicker } from "@/components/snapshots/compare-picker";
import { ImportMapForm } from "@/components/snapshots/import-map-form";
import { MapDiffView } from "@/components/snapshots/map-diff-view";
import { MapGridView } from "@/components/snapshots/map-grid-view";
import { PngButton } from "@/components/ui/png-button";
import { RestoreSnapshotButton } from "@/components/snapshots/restore-snapshot-button";
import { TakeSnapshotForm } from "@/components/snapshots/take-snapshot-form";
import { loadMessages } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";
import { addCard, addLane, addPhase, addStep, readMapContent, renamePhase } from "@/lib/journey/map-document";
import { diffMapContent } from "@/lib/snapshots/diff-map-content";
import { ZDashboardFilters } from "./filters";

// Server actions import the session helper and with it next-auth, which vitest cannot
// load; rendering never calls them. The app router is not mounted outside Next.
vi.mock("@/lib/auth/session", () => ({
  getCurrentUserId: () => {
    throw new Error("not during render");
  },
}));
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: () => undefined }),
  usePathname: () => "/w/acme/maps/m/review",
}));

/** Renders in one language and collects every message the catalogue lacks or cannot format. */
async function render(locale: (typeof LOCALES)[number], element: ReactElement) {
  const errors: string[] = [];
  const html = renderToString(
    h(NextIntlClientProvider, { locale, messages: await loadMessages(locale), timeZone: "Europe/Amsterdam", onError: (e: Error) => void errors.push(e.message), children: element }),
  );
  return { html, errors };
}

const row = (name: string, csat: number | null, extra: object = {}) => ({
  key: name,
  name,
  detail: "Map A · Purchase · Website",
  csat,
  nps: 12.5,
  ces: 4.25,
  responses: 40,
  removed: false,
  href: `/w/acme/maps/m?touchpoint=${name}`,
  ...extra,
});

function content() {
  const doc = new Y.Doc();
  const p = addPhase(doc, "Awareness");
  const s = addStep(doc, p, "Search");
  const l = addLane(doc, "touchpoints", "Touchpoints");
  addLane(doc, "emotion", "Emotion");
  addCard(doc, { laneId: l, stepId: s, kind: "touchpoint", text: "Website", channel: "web" });
  const before = readMapContent(doc);
  renamePhase(doc, p, "Orientation");
  addPhase(doc, "Loyalty");
  return { before, after: readMapContent(doc) };
}

const action = { id: "a1", title: "Fix checkout", ownerId: null, ownerName: null, legacyOwner: "Web team", opportunityId: null, opportunityName: null, status: "planned" as const, dueDate: "2026-01-10", quarter: "2026-Q1" };

const SCREENS: Array<[string, () => ReactElement]> = [
  ["score chart", () => h(ScoreChart, { title: "By touchpoint", rows: [row("Store", 20), row("Flyer", 0, { removed: true, href: null })], horizontal: true, limit: 1, empty: { title: "Empty" }, fileName: "x" })],
  ["score chart compared", () => h(ScoreChart, { title: "By phase", rows: [row("Awareness", 50, { csatPrevious: 40, npsPrevious: null, cesPrevious: 4, responsesPrevious: 10 })], compare: true, empty: { title: "Empty" }, fileName: "x" })],
  ["score chart empty", () => h(ScoreChart, { title: "By phase", rows: [], empty: { title: "Nothing here", hint: "Collect feedback" }, fileName: "x" })],
  ["trend charts", () => h(TrendCharts, { rows: [{ label: "2026-04", csat: 50, nps: null, ces: null, responses: 2 }], granularity: "quarter", fileName: "x" })],
  ["emotion chart", () => h(EmotionChart, { rows: [{ label: "Pay", assumed: 2, measured: -1, gap: 3, answers: 4, href: null }], gaps: [{ label: "Pay", assumed: 2, measured: -1, gap: 3, answers: 4, href: null }], fileName: "x" })],
  [
    "KPI table",
    () =>
      h(KpiStatusTable, {
        compare: true,
        rows: [
          { kpiId: "k", name: "Answered", unit: "%", direction: "higher", target: 90, tolerance: 5, where: "Map · Phone", removed: true, latest: { label: "2026-04", value: 88 }, status: "near", previous: { value: 80, status: "off" }, href: null },
          { kpiId: "l", name: "Wait", unit: "min", direction: "lower", target: 5, tolerance: 0, where: "Pay", removed: false, latest: null, status: null, previous: null, href: "/x" },
        ],
      }),
  ],
  ["KPI table empty", () => h(KpiStatusTable, { rows: [] })],
  ["summary tiles", () => h(SummaryTiles, { current: { csat: 57.1, nps: 33.3, ces: 4.5, responses: 8 }, previous: { csat: 50, nps: null, ces: 4, responses: 2 } })],
  ["filters", () => h(DashboardFilters, { filters: ZDashboardFilters.parse({ from: "2026-01-01" }), quarters: ["2026-Q2"], maps: [{ id: "m", name: "Map" }], personas: [{ id: "p", name: "P" }] })],
  ["csv menu and print", () => h("div", null, h(CsvMenu, { exportUrl: "/x?quarter=2026-Q2" }), h(PdfDownloadLink, { href: "/x/review/pdf?quarter=2026-Q2" }), h(PrintButton))],
  ["map subnav", () => h(MapSubnav, { slug: "acme", mapId: "m", mapName: "Journey" })],
  ["quarter picker", () => h(QuarterPicker, { value: "2026-Q1", quarters: ["2026-Q2", "2026-Q1"], reviewed: ["2026-Q1"] })],
  ["review notes (editor)", () => h(ReviewNotesForm, { slug: "acme", mapId: "m", quarter: "2026-Q1", notes: "Notes", canWrite: true })],
  ["review notes (viewer)", () => h(ReviewNotesForm, { slug: "acme", mapId: "m", quarter: "2026-Q1", notes: "", canWrite: false })],
  ["review actions (editor)", () => h(ReviewActionsList, { slug: "acme", mapId: "m", quarter: "2026-Q2", canWrite: true, actions: [action], openEarlier: [action], members: [{ userId: "u1", name: "Bob" }] })],
  ["review actions (viewer)", () => h(ReviewActionsList, { slug: "acme", mapId: "m", quarter: "2026-Q2", canWrite: false, actions: [], openEarlier: [], members: [] })],
  ["take snapshot", () => h(TakeSnapshotForm, { slug: "acme", mapId: "m", defaultName: "2026-Q1 review", quarter: "2026-Q1" })],
  ["restore snapshot", () => h(RestoreSnapshotButton, { slug: "acme", mapId: "m", snapshot: { id: "s", name: "Q1" }, mapName: "Journey" })],
  ["compare picker", () => h(ComparePicker, { base: "/w/acme/maps/m", snapshots: [{ id: "s", name: "Q1" }] })],
  ["map grid and PNG", () => h("div", null, h(MapGridView, { content: content().after, id: "g" }), h(PngButton, { targetId: "g", fileName: "map" }))],
  ["page PNG button", () => h(PngButton, { targetId: "dashboard-content", fileName: "dashboard", scope: "page" })],
  ["map diff", () => h(MapDiffView, { diff: diffMapContent(content().before, content().after) })],
  ["map diff, no changes", () => h(MapDiffView, { diff: diffMapContent(content().after, content().after) })],
  ["import form", () => h(ImportMapForm, { slug: "acme" })],
];

describe("dashboard, review and snapshot screens", () => {
  for (const locale of LOCALES) {
    for (const [name, element] of SCREENS) {
      it(`${name} renders in ${locale} with every message present`, async () => {
        const { html, errors } = await render(locale, element());
        expect(errors).toEqual([]);
        expect(html.length).toBeGreaterThan(0);
      });
    }
  }

  it("shows the empty state instead of a chart, and labels removed touchpoints", async () => {
    expect((await render("en", SCREENS[2]![1]())).html).toContain("Nothing here");
    const chart = (await render("en", SCREENS[0]![1]())).html;
    expect(chart).toContain("Show table");
    expect(chart).toContain("Show all 2 in the chart");
    expect((await render("nl", SCREENS[4]![1]())).html).toContain("Verschil +3,0: het team is optimistischer dan klanten.");
  });

  it("names the whole-page PNG button apart from the charts' own", async () => {
    const page = (await render("en", h(PngButton, { targetId: "dashboard-content", fileName: "d", scope: "page" }))).html;
    expect(page).toContain("Download page as PNG");
    expect(page).toMatch(/class="[^"]*print:hidden/);
    expect((await render("nl", h(PngButton, { targetId: "g", fileName: "d" }))).html).toContain("Download PNG");
  });

  it("offers the PDF as a plain download link, named in the reader's language", async () => {
    const link = (html: string) => /<a [^>]*href="\/x\/review\/pdf\?quarter=2026-Q2"[^>]*>.*?<\/a>/.exec(html)?.[0] ?? "";
    const en = link((await render("en", h(PdfDownloadLink, { href: "/x/review/pdf?quarter=2026-Q2" }))).html);
    expect(en).toMatch(/ download=""/);
    expect(en).toContain("Download PDF");
    expect(link((await render("nl", h(PdfDownloadLink, { href: "/x/review/pdf?quarter=2026-Q2" }))).html)).toContain("Download pdf");
  });
});
