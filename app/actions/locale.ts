"use server";
import { cookies } from "next/headers";
import { setUserLocale } from "@/lib/i18n/set-user-locale";
import { getCurrentUserId } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/** Remembers the chosen language in a cookie and, when signed in, on the account. */
export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  const userId = await getCurrentUserId();
  if (userId) await setUserLocale(userId, locale);
}
