import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { NOTIFICATION_EMAIL_MODES, type NotificationEmailMode, notificationPreferences, users } from "@/db/schema";
import { trustedBaseUrl } from "@/lib/account/trusted-base-url";
import { parseInput } from "@/lib/actions/parse-input";
import { getEnv } from "@/lib/config/env";

export const ZNotificationPreferencesInput = z.object({ email: z.enum(NOTIFICATION_EMAIL_MODES, "REQUIRED") });

export type NotificationPreferences = { email: NotificationEmailMode };
const DEFAULTS: NotificationPreferences = { email: "immediate" };

export async function getNotificationPreferences(userId: string): Promise<NotificationPreferences> {
  const [row] = await getDb().select({ email: notificationPreferences.email }).from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return row ?? DEFAULTS;
}

/** Saves the signed-in user's choice (the caller passes the session's user id). */
export async function setNotificationPreferences(userId: string, raw: unknown): Promise<NotificationPreferences> {
  const input = parseInput(ZNotificationPreferencesInput, raw);
  await getDb()
    .insert(notificationPreferences)
    .values({ userId, email: input.email })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { email: input.email, updatedAt: sql`now()` } });
  return input;
}

/*
 * The unsubscribe link in every notification e-mail works without signing in (a mail
 * client's one-click unsubscribe cannot sign in). It is the user id with an HMAC under
 * the app's secret, scoped to this purpose; it only ever turns e-mail off.
 */
const PURPOSE = "notification-unsubscribe";
const mac = (userId: string) => createHmac("sha256", getEnv().AUTH_SECRET).update(`${PURPOSE}.${userId}`).digest("base64url");

export function unsubscribeToken(userId: string): string {
  return `${Buffer.from(userId, "utf8").toString("base64url")}.${mac(userId)}`;
}

export function unsubscribeUrl(userId: string): string {
  return `${trustedBaseUrl()}/notifications/unsubscribe/${unsubscribeToken(userId)}`;
}

/** The user a genuine unsubscribe token names, or null. */
export function userOfUnsubscribeToken(token: string): string | null {
  const [encoded, signature] = token.split(".");
  if (!encoded || !signature || token.length > 300) return null;
  const userId = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(mac(userId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}

/** The account a genuine unsubscribe token names, if it still exists. */
export async function findUnsubscribeRecipient(token: string): Promise<{ userId: string; email: string } | null> {
  const userId = userOfUnsubscribeToken(token);
  if (!userId) return null;
  const [user] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user ? { userId, email: user.email } : null;
}

/** Turns notification e-mail off for the token's user; null when the token is not genuine or the account is gone. */
export async function unsubscribeWithToken(token: string): Promise<{ email: string } | null> {
  const recipient = await findUnsubscribeRecipient(token);
  if (!recipient) return null;
  await setNotificationPreferences(recipient.userId, { email: "off" });
  return { email: recipient.email };
}
