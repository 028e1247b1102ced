import "server-only";
import { randomUUID } from "node:crypto";
import { and, arrayContains, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type WebhookEvent, webhookDeliveries, webhookEndpoints, workspaces } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/observability/logger";
import { type WebhookEnvelope, webhookBody } from "./payload";

export const WEBHOOK_DELIVERY_JOB = "webhook-delivery";

/** Puts one attempt of a delivery on the job queue, now or later. */
export async function queueDelivery(deliveryId: string, startAfter?: Date): Promise<void> {
  await enqueueJob(WEBHOOK_DELIVERY_JOB, { deliveryId }, startAfter ? { startAfter } : {});
}

/** Whether any endpoint of the workspace listens for `event` (so callers can skip preparing it). */
export async function hasWebhookListener(workspaceId: string, event: WebhookEvent): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), arrayContains(webhookEndpoints.events, [event])))
    .limit(1);
  return row !== undefined;
}

/**
 * Tells every endpoint of the workspace that listens for `event`: one delivery row each
 * (the exact body that will be signed and sent), then a job per row. Called after the
 * change is committed; a failure here is logged, never the caller's failure.
 */
export async function emitWebhookEvent(
  workspaceId: string,
  event: WebhookEvent | "ping",
  /** The event's data, or a function that reads it (called only when some endpoint listens). */
  data: Record<string, unknown> | (() => Promise<Record<string, unknown>>),
  onlyEndpointId?: string,
): Promise<string[]> {
  try {
    const db = getDb();
    const endpoints = await db
      .select({ id: webhookEndpoints.id, format: webhookEndpoints.format })
      .from(webhookEndpoints)
      .where(
        and(
          eq(webhookEndpoints.workspaceId, workspaceId),
          onlyEndpointId ? eq(webhookEndpoints.id, onlyEndpointId) : arrayContains(webhookEndpoints.events, [event]),
        ),
      );
    // Most workspaces have no endpoint: one indexed query and nothing else.
    if (endpoints.length === 0) return [];
    const [workspace] = await db.select({ slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, workspaceId));
    if (!workspace) return [];
    const envelope: WebhookEnvelope = { id: randomUUID(), event, created_at: new Date().toISOString(), workspace: { id: workspaceId, slug: workspace.slug }, data: typeof data === "function" ? await data() : data };
    const rows = await db
      .insert(webhookDeliveries)
      .values(endpoints.map((e) => ({ workspaceId, endpointId: e.id, event, body: webhookBody(e.format, envelope) })))
      .returning({ id: webhookDeliveries.id });
    for (const row of rows) {
      // Without a queue in this process, the delivery stays pending; the sweep job sends it.
      await queueDelivery(row.id).catch((error: unknown) => logger.debug({ err: error }, "webhook delivery not queued"));
    }
    return rows.map((r) => r.id);
  } catch (error) {
    logger.error({ err: error, event }, "webhook event not recorded");
    return [];
  }
}
