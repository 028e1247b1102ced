import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bytea } from "./bytea";

export const ROLES = ["owner", "admin", "editor", "viewer"] as const;
export const roleEnum = pgEnum("workspace_role", ROLES);

export const workspaces = pgTable("workspaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  locale: text("locale").notNull().default("en"),
  timeZone: text("time_zone").notNull().default("Europe/Amsterdam"),
  /** Months raw feedback (comments, respondent keys) is kept; null: no limit. */
  retentionMonths: integer("retention_months"),
  /** After the retention period: strip comments and respondent keys (scores stay), or delete whole responses. */
  retentionMode: text("retention_mode").$type<"anonymise" | "delete">().notNull().default("anonymise"),
  /** The consent sentence on public forms beside the optional e-mail field; null: the default text. */
  consentText: text("consent_text"),
  /** Members must sign in through the single sign-on provider; password sign-in is refused for them. */
  ssoRequired: boolean("sso_required").notNull().default(false),
  /** Let webhooks reach private, loopback and link-local addresses (an internal server); off by default (SSRF). */
  allowPrivateWebhookTargets: boolean("allow_private_webhook_targets").notNull().default(false),
  /** The name respondents see on public forms instead of the workspace's own; null: the workspace's name. */
  formDisplayName: text("form_display_name"),
  /** Accent colour of public forms, "#rrggbb"; null: the app's own. */
  formAccentColor: text("form_accent_color"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type Workspace = typeof workspaces.$inferSelect;

/** The only place a role lives. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("memberships_workspace_user").on(t.workspaceId, t.userId), index("memberships_user").on(t.userId)],
);
export type Membership = typeof memberships.$inferSelect;

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    /** sha256 of the token; the token itself exists only in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedById: text("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedById: text("accepted_by_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_workspace").on(t.workspaceId)],
);
export type Invitation = typeof invitations.$inferSelect;

/**
 * "People signing in through single sign-on with an address at `domain` join this
 * workspace with `role`." A domain belongs to one workspace at most.
 */
export const workspaceSsoDomains = pgTable(
  "workspace_sso_domains",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    domain: text("domain").notNull().unique(),
    role: roleEnum("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("workspace_sso_domains_workspace").on(t.workspaceId)],
);

export const WORKSPACE_EXPORT_STATUSES = ["queued", "running", "done", "failed"] as const;

/**
 * A whole-workspace archive made in the background (lib/workspaces/workspace-exports.ts),
 * with its progress; the finished zip is kept in the database as chunks, so whichever
 * server a download reaches can stream it.
 */
export const workspaceExports = pgTable(
  "workspace_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    requestedById: text("requested_by_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status").$type<(typeof WORKSPACE_EXPORT_STATUSES)[number]>().notNull().default("queued"),
    responsesTotal: integer("responses_total").notNull().default(0),
    responsesWritten: integer("responses_written").notNull().default(0),
    bytes: integer("bytes").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("workspace_exports_workspace").on(t.workspaceId, t.createdAt)],
);

/** The finished archive, in order, a megabyte at a time. */
export const workspaceExportChunks = pgTable(
  "workspace_export_chunks",
  {
    exportId: uuid("export_id").notNull().references(() => workspaceExports.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.seq] })],
);

/**
 * The logo on the workspace's public forms, at most one. Its own table so that reading a
 * workspace never reads the image; PNG, JPEG or WebP only, checked by content on upload.
 */
export const workspaceFormLogos = pgTable("workspace_form_logos", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  contentType: text("content_type").$type<"image/png" | "image/jpeg" | "image/webp">().notNull(),
  data: bytea("data").notNull(),
  /** sha256 of the bytes (hex), the ETag and the cache-busting version in URLs. */
  sha256: text("sha256").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // 262144 = FORM_LOGO_MAX_BYTES in lib/workspaces/form-branding/logo-image.ts
  check("workspace_form_logos_size", sql`octet_length(${t.data}) <= 262144`),
]);
export type WorkspaceFormLogo = typeof workspaceFormLogos.$inferSelect;
