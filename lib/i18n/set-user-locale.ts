import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "./locales";

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await getDb().update(users).set({ locale }).where(eq(users.id, userId));
}

export async function getAccountLocale(email: string): Promise<Locale | null> {
  const [row] = await getDb().select({ locale: users.locale }).from(users).where(eq(users.email, email)).limit(1);
  return row?.locale === "en" || row?.locale === "nl" ? row.locale : null;
}
