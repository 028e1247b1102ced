import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

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
