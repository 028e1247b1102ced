import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Auth.js tables (drizzle adapter shape) plus our own password hash and language choice. */
export const users = pgTable("users", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
  image: text("image"),
  passwordHash: text("password_hash"),
  locale: text("locale"),
  /** The colour of the user's initials avatar, one of the persona palette's names; null: derived from the id. */
  avatarColour: text("avatar_colour"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/**
 * Auth.js's session table, one row per signed-in browser. Sessions travel as a JWT that
 * names its row (`sid`); every request checks the row, so deleting it signs that browser
 * out on the server. The extra columns let a user recognise their sessions.
 */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    userAgent: text("user_agent"),
    ip: text("ip"),
    /** How this browser signed in: "credentials", or the provider's id ("oidc", "github", …). */
    authMethod: text("auth_method"),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);
export type UserSession = typeof sessions.$inferSelect;

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const ACCOUNT_TOKEN_PURPOSES = ["password_reset", "email_change"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * Single-use links sent to a user: a password reset, or the confirmation of a new e-mail
 * address. Only a SHA-256 of the token is stored, so a copy of the database opens no
 * account; `used_at` makes each link work once.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    purpose: text("purpose").$type<AccountTokenPurpose>().notNull(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    /** For an e-mail change: the address the link was sent to, which becomes the account's. */
    newEmail: text("new_email"),
    /** An admin who issued a reset link by hand (no mail server); null when the user asked. */
    issuedById: text("issued_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);
