import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhookEndpoints, workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { emitWebhookEvent, queueDelivery } from "./events";
import { checkWebhookUrl } from "./safe-target";
import { ZCreateWebhookInput, ZReplayDeliveryInput, ZWebhookRefInput, ZWebhookSettingsInput } from "./schemas";
import { newWebhookSecret, openSecret, sealSecret } from "./secret-box";

/** Deliveries the admin page shows per endpoint. */
const RECENT_DELIVERIES = 20;

async function allowsPrivate(workspaceId: string): Promise<boolean> {
  const [row] = await getDb().select({ allow: workspaces.allowPrivateWebhookTargets }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.allow ?? false;
}

export type WebhookView = {
  id: string;
  url: string;
  events: string[];
  format: "json" | "slack";
  secret: string;
  createdAt: string;
  deliveries: Array<{ id: string; event: string; status: "pending" | "succeeded" | "failed"; attempts: number; lastStatusCode: number | null; lastResponse: string | null; createdAt: string; lastAttemptAt: string | null; nextAttemptAt: string | null }>;
};

/** The workspace's endpoints with their secrets and latest deliveries (the settings page is for admins). */
export async function listWebhooks(ctx: WorkspaceContext): Promise<{ endpoints: WebhookView[]; allowPrivateTargets: boolean }> {
  const db = getDb();
  const endpoints = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, ctx.workspaceId)).orderBy(desc(webhookEndpoints.createdAt));
  const ids = endpoints.map((e) => e.id);
  const deliveries = ids.length
    ? await db
        .select({
          id: webhookDeliveries.id,
          endpointId: webhookDeliveries.endpointId,
          event: webhookDeliveries.event,
          status: webhookDeliveries.status,
          attempts: webhookDeliveries.attempts,
          lastStatusCode: webhookDeliveries.lastStatusCode,
          lastResponse: webhookDeliveries.lastResponse,
          createdAt: webhookDeliveries.createdAt,
          lastAttemptAt: webhookDeliveries.lastAttemptAt,
          nextAttemptAt: webhookDeliveries.nextAttemptAt,
          rank: sql<number>`row_number() over (partition by ${webhookDeliveries.endpointId} order by ${webhookDeliveries.createdAt} desc)`,
        })
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.workspaceId, ctx.workspaceId), inArray(webhookDeliveries.endpointId, ids)))
        .orderBy(desc(webhookDeliveries.createdAt))
    : [];
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    allowPrivateTargets: await allowsPrivate(ctx.workspaceId),
    endpoints: endpoints.map((e) => ({
      id: e.id,
      url: e.url,
      events: e.events,
      format: e.format,
      secret: openSecret(e.secretCiphertext),
      createdAt: e.createdAt.toISOString(),
      deliveries: deliveries
        .filter((d) => d.endpointId === e.id && Number(d.rank) <= RECENT_DELIVERIES)
        .map(({ endpointId: _e, rank: _r, ...d }) => ({ ...d, createdAt: new Date(d.createdAt).toISOString(), lastAttemptAt: iso(d.lastAttemptAt), nextAttemptAt: iso(d.nextAttemptAt) })),
    })),
  };
}

export const createWebhook = workspaceOperation({
  permission: "workspace.update",
  input: ZCreateWebhookInput,
  handler: async (ctx, input) => {
    const target = checkWebhookUrl(input.url, await allowsPrivate(ctx.workspaceId));
    if (!target.ok) throw new AppError("INVALID_INPUT", target.reason, { url: [target.reason] });
    const secret = newWebhookSecret();
    const id = await getDb().transaction(async (tx) => {
      const [row] = await tx
        .insert(webhookEndpoints)
        .values({ workspaceId: ctx.workspaceId, url: target.url.toString(), events: [...new Set(input.events)], format: input.format, secretCiphertext: sealSecret(secret), createdById: ctx.userId })
        .returning({ id: webhookEndpoints.id });
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "webhook.created", details: { name: target.url.host } });
      return row!.id;
    });
    return { endpointId: id, secret };
  },
});

export const deleteWebhook = workspaceOperation({
  permission: "workspace.update",
  input: ZWebhookRefInput,
  handler: async (ctx, input) => {
    await getDb().transaction(async (tx) => {
      const [row] = await tx
        .delete(webhookEndpoints)
        .where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.workspaceId, ctx.workspaceId)))
        .returning({ url: webhookEndpoints.url });
      if (!row) throw new AppError("NOT_FOUND", "WEBHOOK_NOT_FOUND");
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "webhook.deleted", details: { name: new URL(row.url).host } });
    });
    return { deleted: input.endpointId };
  },
});

/** Sends a "ping" to one endpoint, so an admin sees it work (or why not) at once. */
export const sendTestWebhook = workspaceOperation({
  permission: "workspace.update",
  input: ZWebhookRefInput,
  handler: async (ctx, input) => {
    const [row] = await getDb()
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.workspaceId, ctx.workspaceId)));
    if (!row) throw new AppError("NOT_FOUND", "WEBHOOK_NOT_FOUND");
    const [deliveryId] = await emitWebhookEvent(ctx.workspaceId, "ping", { message: "Test event from Journeyboard" }, row.id);
    return { deliveryId: deliveryId ?? null };
  },
});

/** Sends a delivery again, with a fresh 24-hour window of retries. */
export const replayWebhookDelivery = workspaceOperation({
  permission: "workspace.update",
  input: ZReplayDeliveryInput,
  handler: async (ctx, input) => {
    const [row] = await getDb()
      .update(webhookDeliveries)
      .set({ status: "pending", retryFrom: sql`now()`, nextAttemptAt: null, lastAttemptAt: null, attempts: 0 })
      .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.workspaceId, ctx.workspaceId)))
      .returning({ id: webhookDeliveries.id });
    if (!row) throw new AppError("NOT_FOUND", "DELIVERY_NOT_FOUND");
    await queueDelivery(row.id).catch(() => undefined);
    return { deliveryId: row.id };
  },
});

export const setWebhookSettings = workspaceOperation({
  permission: "workspace.update",
  input: ZWebhookSettingsInput,
  handler: async (ctx, input) => {
    await getDb().transaction(async (tx) => {
      await tx.update(workspaces).set({ allowPrivateWebhookTargets: input.allowPrivateTargets }).where(eq(workspaces.id, ctx.workspaceId));
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "webhook.settings_changed", details: { to: input.allowPrivateTargets ? "on" : "off" } });
    });
    return { allowPrivateTargets: input.allowPrivateTargets };
  },
});
