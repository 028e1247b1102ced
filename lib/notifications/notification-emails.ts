import "server-only";
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { journeyMaps, memberships, type NotificationEmailMode, notificationPreferences, notifications, users, workspaces } from "@/db/schema";
import { trustedBaseUrl } from "@/lib/account/trusted-base-url";
import { loadMessages } from "@/lib/i18n/catalogue";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { canSendMail, sendMail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/observability/logger";
import { notificationOpenPath } from "./inbox";
import { unsubscribeUrl } from "./preferences";

/** The queue the app puts "send what is waiting" on when a notification is made. */
export const NOTIFICATION_EMAIL_JOB = "notification-emails";

/** A notification older than this is not e-mailed on its own any more (say, SMTP was set up later). */
const IMMEDIATE_WINDOW = sql`interval '1 day'`;
/** A digest covers at most this far back. */
const DIGEST_WINDOW = sql`interval '7 days'`;
/** Most notifications claimed per run; the rest go in the next run. */
const BATCH = 500;

/** Asks the job queue to send waiting e-mails now; without a queue (tests, a collab-only process) the minute schedule does. */
export function queueNotificationEmails(): void {
  enqueueJob(NOTIFICATION_EMAIL_JOB, {}).catch((error: unknown) => logger.debug({ err: error }, "notification e-mail not queued"));
}

/**
 * Claims the unread, unsent notifications of users whose e-mail mode is `mode` and who
 * are still members of the notification's workspace: one UPDATE over rows locked with
 * SKIP LOCKED, so two processes never send the same notification twice.
 */
async function claim(mode: Exclude<NotificationEmailMode, "off">) {
  const db = getDb();
  const waiting = db
    .select({ id: notifications.id })
    .from(notifications)
    .innerJoin(memberships, and(eq(memberships.userId, notifications.userId), eq(memberships.workspaceId, notifications.workspaceId)))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
    .where(
      and(
        isNull(notifications.emailedAt),
        isNull(notifications.readAt),
        gt(notifications.createdAt, sql`now() - ${mode === "immediate" ? IMMEDIATE_WINDOW : DIGEST_WINDOW}`),
        sql`coalesce(${notificationPreferences.email}, 'immediate') = ${mode}`,
      ),
    )
    .orderBy(asc(notifications.createdAt))
    .limit(BATCH)
    .for("update", { of: notifications, skipLocked: true });
  const claimed = await db.update(notifications).set({ emailedAt: sql`now()` }).where(inArray(notifications.id, waiting)).returning({ id: notifications.id });
  if (claimed.length === 0) return [];
  const recipient = alias(users, "recipient");
  return db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      excerpt: notifications.excerpt,
      createdAt: notifications.createdAt,
      to: recipient.email,
      locale: recipient.locale,
      actorName: sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
      mapName: journeyMaps.name,
      workspaceName: workspaces.name,
      slug: workspaces.slug,
    })
    .from(notifications)
    .innerJoin(recipient, eq(recipient.id, notifications.userId))
    .innerJoin(workspaces, eq(workspaces.id, notifications.workspaceId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(journeyMaps, eq(journeyMaps.id, notifications.mapId))
    .where(inArray(notifications.id, claimed.map((c) => c.id)))
    .orderBy(asc(notifications.createdAt));
}

type Claimed = Awaited<ReturnType<typeof claim>>[number];

async function emailTranslator(locale: Locale) {
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  const t = createTranslator({ locale, messages, namespace: "notifications.email" });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
}

/** One e-mail to one person, for one notification or several (a batch or the day's digest). */
async function mailOne(items: Claimed[], digest: boolean): Promise<boolean> {
  const first = items[0]!;
  const locale: Locale = isLocale(first.locale) ? first.locale : "en";
  const t = await emailTranslator(locale);
  const base = trustedBaseUrl();
  const who = (item: Claimed) => item.actorName ?? t("deletedUser");
  const where = (item: Claimed) => item.mapName ?? t("deletedMap");
  const subject =
    items.length === 1 && !digest
      ? t(`subject.${first.kind}`, { actor: who(first), map: where(first) })
      : t(digest ? "subject.digest" : "subject.several", { count: items.length });
  const blocks = items.map((item) =>
    [
      t(`line.${item.kind}`, { actor: who(item), map: where(item), workspace: item.workspaceName }),
      item.excerpt ? `  “${item.excerpt}”` : "",
      `  ${t("open", { url: `${base}${notificationOpenPath(item.slug, item.id)}` })}`,
    ]
      .filter(Boolean)
      .join("\n"),
  );
  const unsubscribe = unsubscribeUrl(first.userId);
  const text = [
    digest ? t("digestIntro", { count: items.length }) : "",
    blocks.join("\n\n"),
    "—",
    t("footer", { settingsUrl: `${base}/account/notifications`, unsubscribeUrl: unsubscribe }),
  ]
    .filter(Boolean)
    .join("\n\n");
  return sendMail({
    to: first.to,
    subject,
    text,
    headers: {
      // RFC 8058 one-click unsubscribe: the mail client POSTs to this address.
      "List-Unsubscribe": `<${base}/api/notifications/unsubscribe/${unsubscribe.split("/").at(-1)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
}

async function deliver(mode: Exclude<NotificationEmailMode, "off">): Promise<{ mails: number; notifications: number }> {
  // Without a mail server nothing is claimed: the inbox still holds everything.
  if (!canSendMail()) return { mails: 0, notifications: 0 };
  const claimed = await claim(mode);
  const byUser = new Map<string, Claimed[]>();
  for (const item of claimed) byUser.set(item.userId, [...(byUser.get(item.userId) ?? []), item]);
  let mails = 0;
  for (const items of byUser.values()) {
    if (await mailOne(items, mode === "daily")) {
      mails++;
      continue;
    }
    // Not sent (logged by sendMail): unclaim, so the next run tries again.
    await getDb()
      .update(notifications)
      .set({ emailedAt: null })
      .where(inArray(notifications.id, items.map((i) => i.id)));
  }
  return { mails, notifications: claimed.length };
}

/** Sends what waits for people who want each notification by e-mail at once. */
export const deliverImmediateNotificationEmails = () => deliver("immediate");

/** Sends each person who chose a daily digest one e-mail with what they have not read. */
export const deliverDailyNotificationDigests = () => deliver("daily");
