import "server-only";
import PgBoss from "pg-boss";
import { databaseKind, rawSql } from "@/db/client";
import { applyRetention } from "@/lib/privacy/retention";
import { pruneIdempotencyKeys } from "@/lib/api/v1/idempotency";
import { runWorkspaceExport } from "@/lib/workspaces/workspace-exports";
import {
  deliverDailyNotificationDigests,
  deliverImmediateNotificationEmails,
  NOTIFICATION_EMAIL_JOB,
} from "@/lib/notifications/notification-emails";
import { notifyOverdueWork } from "@/lib/notifications/action-notifications";
import { notifyReviewsDue } from "@/lib/notifications/review-due";
import { runWebhookDelivery, sweepPendingDeliveries } from "@/lib/webhooks/deliver";
import { WEBHOOK_DELIVERY_JOB } from "@/lib/webhooks/events";
import { evaluateAllAlertRules } from "@/lib/alerts/evaluate";
import { registerJobQueue } from "./enqueue";
import { logger } from "@/lib/observability/logger";

/**
 * Background work and when it runs (cron, UTC). `pollSeconds` is how soon a job put on the
 * queue by hand (enqueueJob) starts; notification e-mails are queued as they are made.
 */
const SCHEDULES = [
  { name: "privacy-retention", cron: "15 3 * * *", pollSeconds: 30, run: () => applyRetention() },
  { name: "prune-idempotency-keys", cron: "45 3 * * *", pollSeconds: 30, run: () => pruneIdempotencyKeys() },
  { name: NOTIFICATION_EMAIL_JOB, cron: "* * * * *", pollSeconds: 1, run: () => deliverImmediateNotificationEmails() },
  { name: "review-action-due", cron: "30 5 * * *", pollSeconds: 30, run: () => notifyOverdueWork() },
  { name: "map-review-due", cron: "40 5 * * *", pollSeconds: 30, run: () => notifyReviewsDue() },
  { name: "notification-digest", cron: "0 7 * * *", pollSeconds: 30, run: () => deliverDailyNotificationDigests() },
  { name: "alert-rules", cron: "5 * * * *", pollSeconds: 30, run: () => evaluateAllAlertRules() },
  { name: "webhook-sweep", cron: "*/5 * * * *", pollSeconds: 30, run: () => sweepPendingDeliveries() },
] as const;

/**
 * The job queue: pg-boss, which keeps its queue and schedules in PostgreSQL (schema
 * `pgboss`) and locks there, so however many app processes run, each scheduled job runs
 * once. It talks through the app's own connection (PostgreSQL, or the embedded PGlite).
 */
export async function startJobQueue(): Promise<{ stop: () => Promise<void> }> {
  // Replicas starting together on a fresh database race to create pg-boss's schema, and
  // PostgreSQL resolves that by failing one with a deadlock: the loser tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce();
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 300));
    }
  }
}

async function startOnce(): Promise<{ stop: () => Promise<void> }> {
  // On PostgreSQL pg-boss keeps a small pool of its own (its scripts run BEGIN…COMMIT in one
  // round trip, which the app's pooled driver refuses); on the embedded database it must
  // share the app's single connection.
  const boss =
    databaseKind() === "postgres"
      ? new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", max: 2 })
      : new PgBoss({ db: { executeSql: (text: string, values?: unknown[]) => rawSql()(text, values) }, schema: "pgboss" });
  boss.on("error", (error: unknown) => logger.error({ err: error }, "job queue"));
  try {
    await boss.start();
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  for (const job of SCHEDULES) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron);
    await boss.work(job.name, { pollingIntervalSeconds: job.pollSeconds }, async () => {
      const outcome = await job.run();
      // The minute-by-minute e-mail run logs only when it sent something.
      if (job.name === NOTIFICATION_EMAIL_JOB && typeof outcome === "object" && "mails" in outcome && outcome.mails === 0) return;
      if (job.name === "webhook-sweep" && typeof outcome === "object" && "queued" in outcome && outcome.queued === 0) return;
      logger.info({ event: "job.done", job: job.name, outcome }, "job done");
    });
  }
  // Work asked for by people or events (not on a schedule), polled often so it starts within a second or two.
  await boss.createQueue(WEBHOOK_DELIVERY_JOB);
  await boss.work<{ deliveryId: string }>(WEBHOOK_DELIVERY_JOB, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await runWebhookDelivery(job.data.deliveryId);
  });
  await boss.createQueue("workspace-export");
  await boss.work<{ exportId: string }>("workspace-export", { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await runWorkspaceExport(job.data.exportId);
  });
  registerJobQueue(boss);
  return {
    stop: async () => {
      registerJobQueue(undefined);
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

/** Runs a scheduled job now (the same code the schedule runs); for operators and tests. */
export async function runJobNow(name: (typeof SCHEDULES)[number]["name"]) {
  return SCHEDULES.find((j) => j.name === name)!.run();
}
