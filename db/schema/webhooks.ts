import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

/** What a workspace's endpoints can hear of. */
export const WEBHOOK_EVENTS = ["feedback.created", "alert.fired", "kpi.status_changed", "review.completed", "map.updated"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** "json": our own envelope; "slack": a `text` and `blocks` body a team chat's incoming webhook takes as is. */
export const WEBHOOK_FORMATS = ["json", "slack"] as const;

/**
 * An HTTPS address a workspace's admins registered. The signing secret is kept encrypted
 * with a key derived from the app's secret (lib/webhooks/secret-box.ts), so it can be
 * shown again but a database copy alone does not give it away.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    events: text("events").array().notNull(),
    format: text("format", { enum: WEBHOOK_FORMATS }).notNull().default("json"),
    secretCiphertext: text("secret_ciphertext").notNull(),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_workspace").on(t.workspaceId), check("webhook_endpoints_format", sql`${t.format} in ('json', 'slack')`)],
);

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

/**
 * One event sent (or being sent) to one endpoint: the exact body, every attempt's count,
 * the last answer. "pending" while attempts remain (retried with back-off for 24 hours),
 * then "succeeded" or "failed".
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    endpointId: uuid("endpoint_id").notNull().references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    /** The start of the last answer's body (at most 2 KB), or why no answer came. */
    lastResponse: text("last_response"),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Replaying starts a new 24-hour window from here. */
    retryFrom: timestamp("retry_from", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_deliveries_endpoint").on(t.endpointId, t.createdAt),
    check("webhook_deliveries_status", sql`${t.status} in ('pending', 'succeeded', 'failed')`),
  ],
);
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

