import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { WorkspaceRegionForm } from "@/components/workspaces/workspace-region-form";
import { loadMessages } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";
import { supportedTimeZones } from "./time-zones";

// The form imports its server action, which imports next-auth through the session helper.
vi.mock("@/lib/auth/session", () => ({
  getCurrentUserId: () => {
    throw new Error("not during render");
  },
}));

async function render(locale: (typeof LOCALES)[number], props: Parameters<typeof WorkspaceRegionForm>[0]) {
  const errors: string[] = [];
  const html = renderToString(
    h(NextIntlClientProvider, { locale, messages: await loadMessages(locale), timeZone: "UTC", onError: (e: Error) => void errors.push(e.message), children: h(WorkspaceRegionForm, props) }),
  );
  return { html, errors };
}

describe("language and time zone form", () => {
  for (const locale of LOCALES) {
    it(`renders in ${locale} with every message present and the current choices selected`, async () => {
      const { html, errors } = await render(locale, { slug: "acme", locale: "nl", timeZone: "America/New_York", timeZones: supportedTimeZones() });
      expect(errors).toEqual([]);
      expect(html).toMatch(/<option value="nl" selected="">Nederlands<\/option>/);
      expect(html).toMatch(/<option value="America\/New_York" selected="">America\/New York<\/option>/);
    });
  }
  it("shows a stored zone the list no longer has as current, marked as such", async () => {
    const { html } = await render("en", { slug: "acme", locale: "en", timeZone: "Europe/Kiev", timeZones: ["Europe/Kyiv", "UTC"] });
    expect(html).toContain('<option value="Europe/Kiev" selected="">Europe/Kiev (no longer offered; choose another)</option>');
    expect(html).toContain("Save language and time zone");
  });
});
