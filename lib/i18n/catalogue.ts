import type { Locale } from "./locales";

/**
 * Message files per locale, one per product area so features can add their own
 * without editing a shared file. Every area must exist in both languages
 * (checked by messages.test.ts).
 */
const AREAS = ["core", "account", "maps", "personas", "editor", "feedbackForm", "evidence", "dashboards", "reviews", "notifications", "sharing", "webhooks", "alerts"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(AREAS.map((area) => import(`../../messages/${locale}/${area}.json`).then((m) => m.default)));
  return Object.assign({}, ...parts);
}

export const MESSAGE_AREAS = AREAS;
