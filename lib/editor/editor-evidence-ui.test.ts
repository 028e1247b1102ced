import { createElement as h, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { MapEvidenceProvider, type MapEvidenceContextValue } from "@/components/editor/evidence-context";
import { EvidenceViewToggle } from "@/components/editor/evidence-view-toggle";
import { KpiCardValue } from "@/components/editor/kpi-card-value";
import { EvidenceBody } from "@/components/editor/touchpoint-evidence";
import { TouchpointScoreBadge } from "@/components/editor/touchpoint-score-badge";
import type { TTouchpointEvidence } from "@/lib/evidence/client/evidence-schemas";
import { loadMessages } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";

// The panel's form and KPI controls import server actions, which import next-auth
// through the session helper; rendering never calls them. The chart uses the app router.
vi.mock("@/lib/auth/session", () => ({
  getCurrentUserId: () => {
    throw new Error("not during render");
  },
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => undefined }) }));

const TP = "0b7c1d2e-0000-4000-8000-000000000001";
const tint = { hue: 60, color: "hsl(60 70% 35%)", background: "hsl(60 75% 92%)" };

function evidence(overrides: Partial<MapEvidenceContextValue> = {}): MapEvidenceContextValue {
  return {
    mapId: "m",
    slug: "acme",
    baseUrl: "http://localhost:3000",
    canWrite: true,
    loaded: true,
    scores: { [TP]: { csat: 66.7, nps: 0, ces: null, responses: 4, tint } },
    kpis: { [TP]: { on: 1, near: 0, off: 1, unmeasured: 0 } },
    kpiValues: { k1: { name: "CSAT", unit: "%", latest: { value: 76.5, status: "near" } }, k2: { name: "NPS", unit: "", latest: null } },
    evidenceView: false,
    setEvidenceView: () => undefined,
    refresh: () => undefined,
    ...overrides,
  };
}

const panel: TTouchpointEvidence = {
  touchpoint: { id: TP, mapId: "m", name: "Website" },
  scores: { csat: 66.7, nps: 0, ces: null, responses: 4, tint },
  distribution: {
    csat: [1, 2, 3, 4, 5].map((value) => ({ value, count: value >= 4 ? 1 : 0 })),
    nps: Array.from({ length: 11 }, (_, value) => ({ value, count: value === 10 || value === 3 ? 1 : 0 })),
    ces: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, count: 0 })),
  },
  trend: [
    { month: "2026-04", csat: 50, nps: null, ces: null, responses: 2, tint },
    { month: "2026-05", csat: 100, nps: 0, ces: null, responses: 2, tint },
  ],
  comments: [{ id: "c1", comment: "Quick and friendly", csat: 5, nps: 10, ces: null, respondedAt: "2026-05-04T10:00:00.000Z", source: "form" }],
  kpis: [
    {
      id: "k1",
      name: "Answered within 48 h",
      unit: "%",
      direction: "higher",
      target: 90,
      tolerance: 5,
      periodKind: "month",
      values: [{ periodStart: "2026-05-01", value: 70 }],
      latest: { periodStart: "2026-05-01", value: 70, status: "off" },
    },
  ],
  form: {
    id: "f1",
    publicToken: "tok123",
    pausedAt: null,
    asks: ["asksCsat", "asksNps", "asksComment"],
    wording: { csat: null, nps: "Would you recommend us?", ces: null, comment: null, followUp: null },
    defaults: { csat: "How satisfied?", nps: "How likely?", ces: "How easy?", comment: "Anything else?", followUp: "What could we do better?" },
    locale: "en",
  },
};

async function render(locale: (typeof LOCALES)[number], element: ReactElement, value = evidence()) {
  const errors: string[] = [];
  const html = renderToString(
    h(NextIntlClientProvider, {
      locale,
      messages: await loadMessages(locale),
      timeZone: "Europe/Amsterdam",
      onError: (e: Error) => void errors.push(e.message),
      children: h(MapEvidenceProvider, { value, children: element }),
    }),
  );
  return { html, errors };
}

describe("evidence in the map editor", () => {
  for (const locale of LOCALES) {
    it(`the card badge shows the headline score, count and KPI status in ${locale}`, async () => {
      const { html, errors } = await render(locale, h(TouchpointScoreBadge, { touchpointId: TP }));
      expect(errors).toEqual([]);
      expect(html).toContain('data-testid="touchpoint-score"');
      expect(html).toContain('data-responses="4"');
      expect(html).toContain('data-csat="66.7"');
      expect(html).toContain('data-nps="0"');
      expect(html).toContain('data-ces=""');
      expect(html).toContain("CSAT 67%");
      expect(html).toMatch(/data-testid="touchpoint-kpi-status" data-status="off"/);
    });

    it(`a touchpoint without answers says so in ${locale}`, async () => {
      const { html, errors } = await render(locale, h(TouchpointScoreBadge, { touchpointId: "not-projected-yet" }));
      expect(errors).toEqual([]);
      expect(html).toContain('data-responses="0"');
      expect(html).toMatch(locale === "nl" ? /Nog geen feedback/ : /No feedback yet/);
      expect(html).not.toContain("touchpoint-kpi-status");
    });

    it(`the evidence view toggle reports its state in ${locale}`, async () => {
      const off = await render(locale, h(EvidenceViewToggle));
      const on = await render(locale, h(EvidenceViewToggle), evidence({ evidenceView: true }));
      expect([...off.errors, ...on.errors]).toEqual([]);
      expect(off.html).toMatch(/data-testid="evidence-view-toggle" aria-pressed="false"/);
      expect(on.html).toMatch(/data-testid="evidence-view-toggle" aria-pressed="true"/);
    });

    it(`the panel shows scores, answers, comments, KPIs and the form link to an editor in ${locale}`, async () => {
      const { html, errors } = await render(locale, h(EvidenceBody, { data: panel, touchpointName: "Website", onChange: () => undefined }));
      expect(errors).toEqual([]);
      expect(html).toContain('data-testid="touchpoint-evidence-score" data-responses="4"');
      expect(html).toContain('data-testid="score-distribution-csat"');
      expect(html).toContain('data-testid="score-distribution-nps"');
      expect(html).not.toContain('data-testid="score-distribution-ces"');
      expect(html).toContain("Quick and friendly");
      expect(html).toContain("Answered within 48 h");
      expect(html).toMatch(/data-testid="feedback-form-link"[^>]*value="http:\/\/localhost:3000\/f\/tok123"/);
      expect(html).toContain('name="period"'); // an editor can record a KPI value
    });
  }

  it("gives a viewer the figures without any control", async () => {
    const { html, errors } = await render("en", h(EvidenceBody, { data: { ...panel, form: null }, touchpointName: "Website", onChange: () => undefined }), evidence({ canWrite: false }));
    expect(errors).toEqual([]);
    expect(html).toContain("No form yet.");
    expect(html).not.toContain("Create form");
    expect(html).not.toContain("Add a KPI");
    expect(html).not.toContain('name="period"');
  });

  for (const locale of LOCALES) {
    it(`a KPI card shows its KPI's latest value and status in ${locale}`, async () => {
      const measured = await render(locale, h(KpiCardValue, { kpiId: "k1" }));
      expect(measured.errors).toEqual([]);
      expect(measured.html).toContain('data-status="near"');
      expect(measured.html).toContain(locale === "nl" ? "76,5 %" : "76.5 %");
      const unmeasured = await render(locale, h(KpiCardValue, { kpiId: "k2" }));
      expect(unmeasured.html).toContain('data-status="unmeasured"');
      expect(unmeasured.html).toMatch(locale === "nl" ? /Niet gemeten/ : /Not measured/);
      expect((await render(locale, h(KpiCardValue, { kpiId: "gone" }))).html).toBe("");
    });
  }

  it("renders no badge before the map's evidence has loaded", async () => {
    const { html } = await render("en", h(TouchpointScoreBadge, { touchpointId: TP }), evidence({ loaded: false, scores: {}, kpis: {} }));
    expect(html).toBe("");
  });
});
