import "server-only";
import http from "node:http";
import https from "node:https";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhookEndpoints, workspaces } from "@/db/schema";
import { logger } from "@/lib/observability/logger";
import { queueDelivery } from "./events";
import { checkWebhookUrl, guardedLookup } from "./safe-target";
import { openSecret } from "./secret-box";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

/** How long one attempt may take. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** How long a delivery is retried, from its creation (or its replay). */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Most of an answer kept for the log. */
const RESPONSE_KEPT = 2048;

/** Wait before attempt n+1: 30 s, 1 min, 2 min … doubling, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

type Answer = { status: number | null; body: string };

function post(url: URL, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<Answer> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      { method: "POST", headers: { ...headers, "Content-Length": Buffer.byteLength(body) }, lookup: guardedLookup(allowPrivate), timeout: ATTEMPT_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < RESPONSE_KEPT) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? null, body: Buffer.concat(chunks).toString("utf8").slice(0, RESPONSE_KEPT) }));
        response.on("error", (error) => resolve({ status: response.statusCode ?? null, body: String(error.message) }));
      },
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`), { code: "TIMEOUT" })));
    request.on("error", (error: Error & { code?: string }) => resolve({ status: null, body: error.code === "PRIVATE_TARGET" ? "PRIVATE_TARGET" : error.message }));
    request.end(body);
  });
}

export type AttemptOutcome = { state: "succeeded" | "failed" | "skipped" } | { state: "retry"; at: Date };

/**
 * One attempt of a delivery: signs the stored body now, POSTs it, logs the answer. A
 * 2xx answer ends it; anything else is tried again later while the 24-hour window lasts.
 * The claim (last_attempt_at) keeps two workers from sending the same delivery at once.
 */
export async function attemptDelivery(deliveryId: string, now = new Date()): Promise<AttemptOutcome> {
  const db = getDb();
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({ lastAttemptAt: now, attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        eq(webhookDeliveries.status, "pending"),
        or(isNull(webhookDeliveries.lastAttemptAt), lt(webhookDeliveries.lastAttemptAt, sql`${now.toISOString()}::timestamptz - interval '20 seconds'`)),
      ),
    )
    .returning({ attempts: webhookDeliveries.attempts, retryFrom: webhookDeliveries.retryFrom, body: webhookDeliveries.body, event: webhookDeliveries.event, endpointId: webhookDeliveries.endpointId });
  if (!claimed) return { state: "skipped" };
  const [endpoint] = await db
    .select({ url: webhookEndpoints.url, secret: webhookEndpoints.secretCiphertext, allowPrivate: workspaces.allowPrivateWebhookTargets })
    .from(webhookEndpoints)
    .innerJoin(workspaces, eq(workspaces.id, webhookEndpoints.workspaceId))
    .where(eq(webhookEndpoints.id, claimed.endpointId));
  if (!endpoint) return { state: "skipped" };

  const target = checkWebhookUrl(endpoint.url, endpoint.allowPrivate);
  const answer: Answer = target.ok
    ? await post(
        target.url,
        claimed.body,
        {
          "Content-Type": "application/json",
          "User-Agent": "Journeyboard-Webhooks/1",
          "Journeyboard-Event": claimed.event,
          "Journeyboard-Delivery": deliveryId,
          [SIGNATURE_HEADER]: signatureHeader(openSecret(endpoint.secret), claimed.body, now),
        },
        endpoint.allowPrivate,
      )
    : { status: null, body: target.reason };
  const succeeded = answer.status !== null && answer.status >= 200 && answer.status < 300;
  // A refused address will not become acceptable by waiting.
  const hopeless = answer.body === "PRIVATE_TARGET" || !target.ok;
  const next = new Date(now.getTime() + backoffMs(claimed.attempts));
  const retry = !succeeded && !hopeless && next.getTime() < claimed.retryFrom.getTime() + RETRY_WINDOW_MS;
  await db
    .update(webhookDeliveries)
    .set({
      status: succeeded ? "succeeded" : retry ? "pending" : "failed",
      lastStatusCode: answer.status,
      lastResponse: answer.body,
      nextAttemptAt: retry ? next : null,
    })
    .where(eq(webhookDeliveries.id, deliveryId));
  if (succeeded) return { state: "succeeded" };
  return retry ? { state: "retry", at: next } : { state: "failed" };
}

/** What the queue's worker runs: one attempt, and the next one queued for later when it failed. */
export async function runWebhookDelivery(deliveryId: string): Promise<AttemptOutcome> {
  const outcome = await attemptDelivery(deliveryId);
  if (outcome.state === "retry") await queueDelivery(deliveryId, outcome.at);
  return outcome;
}

/**
 * Every few minutes: queues pending deliveries whose next attempt is due and no job took
 * (made in a process without a queue, or a job lost with a process).
 */
export async function sweepPendingDeliveries(): Promise<{ queued: number }> {
  const due = await getDb()
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        or(
          lt(webhookDeliveries.nextAttemptAt, sql`now() - interval '1 minute'`),
          and(isNull(webhookDeliveries.nextAttemptAt), lt(webhookDeliveries.createdAt, sql`now() - interval '1 minute'`), or(isNull(webhookDeliveries.lastAttemptAt), lt(webhookDeliveries.lastAttemptAt, sql`now() - interval '1 minute'`))),
        ),
      ),
    )
    .limit(500);
  for (const d of due) await queueDelivery(d.id).catch((error: unknown) => logger.warn({ err: error }, "webhook sweep could not queue"));
  return { queued: due.length };
}
