import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const AUDIT_ACTIONS = [
  "workspace.created",
  "workspace.renamed",
  "workspace.region_changed",
  "member.invited",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "member.left",
  "invitation.revoked",
  "invitation.renewed",
  "map.created",
  "map.renamed",
  "map.duplicated",
  "map.archived",
  "map.restored",
  "map.deleted",
  "persona.created",
  "persona.updated",
  "persona.deleted",
  "api_key.created",
  "api_key.revoked",
  "feedback_form.created",
  "feedback_form.paused",
  "feedback_form.resumed",
  "feedback_form.link_rotated",
  "feedback.imported",
  "kpi_values.imported",
  "map.imported",
  "snapshot.created",
  "snapshot.restored",
  "member.reset_link_issued",
  "member.account_deleted",
  "workspace.ownership_transferred",
  "workspace.privacy_changed",
  "feedback.erased",
  "feedback.access_exported",
  "workspace.exported",
  "share_link.created",
  "share_link.revoked",
  "share_link.used",
  "webhook.created",
  "webhook.deleted",
  "webhook.settings_changed",
  "alert_rule.created",
  "alert_rule.deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").$type<AuditAction>().notNull(),
    /** Who or what the action was about: a user id or an invited e-mail address. */
    targetUserId: text("target_user_id").references(() => users.id, { onDelete: "set null" }),
    targetEmail: text("target_email"),
    details: jsonb("details").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_workspace_created").on(t.workspaceId, t.createdAt)],
);
export type AuditEvent = typeof auditEvents.$inferSelect;
