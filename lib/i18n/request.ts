import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./catalogue";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/** The user's chosen language (cookie, set from their profile), else the browser's, else English. */
async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const accept = (await headers()).get("accept-language") ?? "";
  return /^\s*nl\b/i.test(accept) ? "nl" : DEFAULT_LOCALE;
}

// A locale passed explicitly (getTranslations({ locale }), e.g. a public form in its workspace's
// language) wins over the reader's; without this the form's server-rendered texts stayed English.
export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isLocale(requested) ? requested : await resolveLocale();
  return {
    locale,
    timeZone: "Europe/Amsterdam",
    messages: await loadMessages(locale),
  };
});
