import type { Locale } from "@/lib/i18n/locales";

/** The name of the workspace made at sign-up, in the language the person signed up in. */
export function firstWorkspaceName(name: string, locale: Locale): string {
  const first = name.trim().split(/\s+/)[0] || name.trim();
  return locale === "nl" ? `Werkruimte van ${first}` : `${first}'s workspace`;
}
