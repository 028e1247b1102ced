import { defaultQuestions } from "@/lib/evidence/forms/question-wording";
import { createElement as h, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { ApiKeyList } from "@/components/api-keys/api-key-list";
import { CsvImport } from "@/components/evidence/csv-import";
import { FeedbackFormControls } from "@/components/evidence/feedback-form-controls";
import { KpiCsvImport } from "@/components/evidence/kpi-csv-import";
import { KpiPanel } from "@/components/evidence/kpi-panel";
import { ScoreSummary } from "@/components/evidence/score-summary";
import { PublicFeedbackForm } from "@/components/feedback-form/public-feedback-form";
import { loadMessages } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";

// The components import their server actions, which import the session helper and with
// it next-auth, which vitest cannot load. Rendering never calls them; this keeps the
// import graph loadable and would fail loudly if a render did call one.
vi.mock("@/lib/auth/session", () => ({
  getCurrentUserId: () => {
    throw new Error("not during render");
  },
}));

/**
 * Renders the evidence screens' client components in both languages and fails on any
 * message the catalogue lacks or cannot format — the mistakes a type check cannot see.
 */
async function render(locale: (typeof LOCALES)[number], element: ReactElement) {
  const errors: string[] = [];
  const html = renderToString(
    h(NextIntlClientProvider, {
      locale,
      messages: await loadMessages(locale),
      timeZone: "Europe/Amsterdam",
      onError: (e: Error) => void errors.push(e.message),
      children: element,
    }),
  );
  return { html, errors };
}

const kpi = {
  id: "9f1c8a3e-0000-4000-8000-000000000001",
  name: "Answered within 48 h",
  unit: "%",
  direction: "higher" as const,
  target: 90,
  tolerance: 5,
  periodKind: "month" as const,
  values: [
    { periodStart: "2026-04-01", value: 80 },
    { periodStart: "2026-05-01", value: 88 },
  ],
  latest: { periodStart: "2026-05-01", value: 88, status: "near" as const },
};

const QUESTIONS = defaultQuestions({ locale: "nl", brandName: "Acme", touchpointName: "Winkelbezoek" });
const WORDING = { csat: null, nps: null, ces: null, comment: "Nog iets?", followUp: null };

const SCREENS: Array<[string, ReactElement, RegExp]> = [
  ["public form", h(PublicFeedbackForm, { token: "t", brandName: "Acme", touchpointName: "Store visit", asks: { csat: true, nps: true, ces: true, comment: true, followUp: true }, questions: { ...QUESTIONS, csat: "Happy with the store visit?" }, consentText: null }), /Store visit.*Happy with the store visit\?/s],
  ["score badge", h(ScoreSummary, { score: { csat: 80, nps: 12.5, ces: 5.5, responses: 3, tint: { hue: 96, color: "hsl(96 70% 35%)", background: "x" } } }), /80/],
  ["score badge without feedback", h(ScoreSummary, { score: undefined }), /./],
  ["form controls (none yet)", h(FeedbackFormControls, { slug: "s", touchpointId: "tp", touchpointName: "Web", form: null, baseUrl: "http://x", canWrite: true }), /CSAT/],
  [
    "form controls",
    h(FeedbackFormControls, { slug: "s", touchpointId: "tp", touchpointName: "Web", form: { id: "f", publicToken: "abc", pausedAt: null, asks: ["asksCsat", "asksComment", "asksFollowUp"], wording: WORDING, defaults: QUESTIONS, locale: "nl" }, baseUrl: "http://x", canWrite: true }),
    /http:\/\/x\/f\/abc/,
  ],
  ["KPI panel", h(KpiPanel, { slug: "s", subject: { touchpointId: "tp" }, kpis: [kpi], canWrite: true }), /Answered within 48 h/],
  ["KPI values import, one quarterly KPI", h(KpiCsvImport, { slug: "s", target: { kpiId: kpi.id }, kpis: [{ ...kpi, periodKind: "quarter" }] }), /2026-Q2/],
  ["KPI values import, a map", h(KpiCsvImport, { slug: "s", target: { mapId: "m" }, kpis: [kpi] }), /2026-Q2/],
  ["CSV import", h(CsvImport, { mapId: "m", touchpointNames: ["Website"], timeZone: "Europe/Amsterdam" }), /Website/],
  [
    "API keys",
    h(ApiKeyList, { slug: "s", keys: [{ id: "k", name: "Survey tool", prefix: "jb_abcdefgh", access: "write", createdAt: new Date(), lastUsedAt: null, revokedAt: null }] }),
    /jb_abcdefgh/,
  ],
];

describe("evidence screens", () => {
  for (const locale of LOCALES) {
    for (const [name, element, expected] of SCREENS) {
      it(`${name} renders in ${locale} with every message present`, async () => {
        const { html, errors } = await render(locale, element);
        expect(errors).toEqual([]);
        expect(html).toMatch(expected);
      });
    }
  }
});
