import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { journeyMaps, mapPhases, mapTouchpoints } from "./maps";
import { workspaces } from "./workspaces";

export const KPI_DIRECTIONS = ["higher", "lower"] as const;
export const KPI_PERIOD_KINDS = ["month", "quarter"] as const;
export const KPI_VALUE_SOURCES = ["manual", "csv"] as const;
export const FEEDBACK_SOURCES = ["form", "csv", "api"] as const;
export const API_KEY_ACCESS = ["read", "write"] as const;

export const kpiDirectionEnum = pgEnum("kpi_direction", KPI_DIRECTIONS);
export const kpiPeriodKindEnum = pgEnum("kpi_period_kind", KPI_PERIOD_KINDS);
export const kpiValueSourceEnum = pgEnum("kpi_value_source", KPI_VALUE_SOURCES);
export const feedbackSourceEnum = pgEnum("feedback_source", FEEDBACK_SOURCES);
export const apiKeyAccessEnum = pgEnum("api_key_access", API_KEY_ACCESS);

/**
 * A measure the team promised on one touchpoint or one phase (exactly one of the two).
 * `tolerance` is absolute, in the KPI's own unit: a value on the wrong side of the target
 * by at most `tolerance` is "near", further is "off" (see lib/evidence/kpi-status.ts).
 * Absolute rather than percent so a target of 0 ("no complaints") still has a band.
 */
export const kpis = pgTable(
  "kpis",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    touchpointId: uuid("touchpoint_id").references(() => mapTouchpoints.id, { onDelete: "cascade" }),
    phaseId: uuid("phase_id").references(() => mapPhases.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    direction: kpiDirectionEnum("direction").notNull(),
    target: numeric("target", { mode: "number" }).notNull(),
    tolerance: numeric("tolerance", { mode: "number" }).notNull().default(0),
    periodKind: kpiPeriodKindEnum("period_kind").notNull().default("month"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("kpis_workspace_map").on(t.workspaceId, t.mapId),
    index("kpis_touchpoint").on(t.touchpointId),
    index("kpis_phase").on(t.phaseId),
    check("kpis_one_subject", sql`(${t.touchpointId} IS NULL) <> (${t.phaseId} IS NULL)`),
    check("kpis_tolerance_not_negative", sql`${t.tolerance} >= 0`),
  ],
);
export type Kpi = typeof kpis.$inferSelect;
export type NewKpi = typeof kpis.$inferInsert;

/** One measured value per KPI and period; `period_start` is the first day of the month or quarter. */
export const kpiValues = pgTable(
  "kpi_values",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kpiId: uuid("kpi_id").notNull().references(() => kpis.id, { onDelete: "cascade" }),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
    source: kpiValueSourceEnum("source").notNull().default("manual"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("kpi_values_kpi_period").on(t.kpiId, t.periodStart)],
);
export type KpiValue = typeof kpiValues.$inferSelect;

/** The public form behind one touchpoint; whoever holds `public_token` may answer it. */
export const feedbackForms = pgTable(
  "feedback_forms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    touchpointId: uuid("touchpoint_id").notNull().references(() => mapTouchpoints.id, { onDelete: "cascade" }),
    /** 32 random bytes, base64url; rotating replaces it and the old link stops working. */
    publicToken: text("public_token").notNull().unique(),
    asksCsat: boolean("asks_csat").notNull().default(true),
    asksNps: boolean("asks_nps").notNull().default(false),
    asksCes: boolean("asks_ces").notNull().default(false),
    asksComment: boolean("asks_comment").notNull().default(true),
    /** "What could we do better?": an extra open question, its answer kept in feedback_responses.follow_up. */
    asksFollowUp: boolean("asks_follow_up").notNull().default(false),
    /** The team's own wording per question; null: the default, in the workspace's language. */
    csatQuestion: text("csat_question"),
    npsQuestion: text("nps_question"),
    cesQuestion: text("ces_question"),
    commentQuestion: text("comment_question"),
    followUpQuestion: text("follow_up_question"),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    rotatedAt: timestamp("rotated_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("feedback_forms_touchpoint").on(t.touchpointId),
    index("feedback_forms_workspace_map").on(t.workspaceId, t.mapId),
    check("feedback_forms_asks_something", sql`${t.asksCsat} OR ${t.asksNps} OR ${t.asksCes} OR ${t.asksComment}`),
    // 200 = QUESTION_WORDING_MAX in lib/evidence/forms/schemas.ts
    check(
      "feedback_forms_wording_length",
      sql`coalesce(char_length(${t.csatQuestion}), 0) <= 200 AND coalesce(char_length(${t.npsQuestion}), 0) <= 200 AND coalesce(char_length(${t.cesQuestion}), 0) <= 200 AND coalesce(char_length(${t.commentQuestion}), 0) <= 200 AND coalesce(char_length(${t.followUpQuestion}), 0) <= 200`,
    ),
  ],
);
export type FeedbackForm = typeof feedbackForms.$inferSelect;

/** A fresh set of builders per table, shared by responses and the import staging table. */
const responseColumns = () => ({
  workspaceId: uuid("workspace_id").notNull(),
  mapId: uuid("map_id").notNull(),
  touchpointId: uuid("touchpoint_id").notNull(),
  csat: smallint("csat"),
  nps: smallint("nps"),
  ces: smallint("ces"),
  comment: text("comment"),
  channel: text("channel"),
  /** HMAC of a normalised e-mail or customer number; the raw identifier is never stored. */
  respondentKey: text("respondent_key"),
  respondedAt: timestamp("responded_at", { withTimezone: true }).notNull(),
});

/**
 * Customer responses. Dashboards aggregate by touchpoint, map and time, so the indexes
 * lead with the workspace and end with responded_at; (responded_at, id) is also the
 * API's cursor order.
 */
export const feedbackResponses = pgTable(
  "feedback_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...responseColumns(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    touchpointId: uuid("touchpoint_id").notNull().references(() => mapTouchpoints.id, { onDelete: "cascade" }),
    source: feedbackSourceEnum("source").notNull(),
    /** The answer to the form's follow-up question ("What could we do better?"); raw text, like comment. */
    followUp: text("follow_up"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("feedback_responses_touchpoint_time").on(t.workspaceId, t.touchpointId, t.respondedAt),
    index("feedback_responses_map_time").on(t.workspaceId, t.mapId, t.respondedAt),
    index("feedback_responses_workspace_time").on(t.workspaceId, t.respondedAt, t.id),
    index("feedback_responses_respondent")
      .on(t.workspaceId, t.respondentKey)
      .where(sql`${t.respondentKey} IS NOT NULL`),
    check("feedback_responses_csat_range", sql`${t.csat} BETWEEN 1 AND 5`),
    check("feedback_responses_nps_range", sql`${t.nps} BETWEEN 0 AND 10`),
    check("feedback_responses_ces_range", sql`${t.ces} BETWEEN 1 AND 7`),
    // 2000 = FEEDBACK_COMMENT_MAX in lib/evidence/limits.ts
    check("feedback_responses_comment_length", sql`char_length(${t.comment}) <= 2000`),
    check("feedback_responses_follow_up_length", sql`char_length(${t.followUp}) <= 2000`),
    check(
      "feedback_responses_has_answer",
      sql`${t.csat} IS NOT NULL OR ${t.nps} IS NOT NULL OR ${t.ces} IS NOT NULL OR ${t.comment} IS NOT NULL OR ${t.followUp} IS NOT NULL`,
    ),
  ],
);
export type FeedbackResponse = typeof feedbackResponses.$inferSelect;
export type NewFeedbackResponse = typeof feedbackResponses.$inferInsert;

export const FEEDBACK_IMPORT_STATUSES = ["open", "committed", "discarded"] as const;
export const feedbackImportStatusEnum = pgEnum("feedback_import_status", FEEDBACK_IMPORT_STATUSES);

/**
 * A CSV import in progress: the browser sends rows in chunks, each is validated and
 * staged, and committing moves every staged row into feedback_responses in one
 * transaction, so an import is all valid rows or nothing.
 */
export const feedbackImports = pgTable(
  "feedback_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull().default(""),
    status: feedbackImportStatusEnum("status").notNull().default("open"),
    stagedRows: integer("staged_rows").notNull().default(0),
    rejectedRows: integer("rejected_rows").notNull().default(0),
    importedRows: integer("imported_rows").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
  },
  (t) => [index("feedback_imports_workspace").on(t.workspaceId, t.createdAt)],
);
export type FeedbackImport = typeof feedbackImports.$inferSelect;

/** Valid rows of an open import, already in their final shape. */
export const feedbackImportRows = pgTable(
  "feedback_import_rows",
  {
    importId: uuid("import_id").notNull().references(() => feedbackImports.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    ...responseColumns(),
  },
  (t) => [uniqueIndex("feedback_import_rows_row").on(t.importId, t.rowNumber)],
);

/**
 * Rows an import refused, with the reasons, for the downloadable report. The respondent
 * column is never kept here: the raw identifier must not be stored anywhere.
 */
export const feedbackImportRejections = pgTable(
  "feedback_import_rejections",
  {
    importId: uuid("import_id").notNull().references(() => feedbackImports.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    values: jsonb("values").$type<Record<string, string>>().notNull(),
    reasons: jsonb("reasons").$type<Array<{ field: string; message: string }>>().notNull(),
  },
  (t) => [uniqueIndex("feedback_import_rejections_row").on(t.importId, t.rowNumber)],
);

/** Workspace API keys; only the sha256 of the key is kept, the key is shown once. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The first characters of the key, shown in lists so people can tell keys apart. */
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    access: apiKeyAccessEnum("access").notNull().default("write"),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("api_keys_workspace").on(t.workspaceId)],
);
export type ApiKey = typeof apiKeys.$inferSelect;

/**
 * Answers to `POST /api/v1/feedback` requests sent with an `Idempotency-Key`, so a retried
 * request is answered from the first and stored once. Written in the same transaction as
 * the responses; kept 24 hours (lib/api/v1/idempotency.ts).
 */
export const apiIdempotencyKeys = pgTable(
  "api_idempotency_keys",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** SHA-256 of the request body: the same key with another body is a client's mistake. */
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    body: jsonb("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] }), index("api_idempotency_keys_created").on(t.createdAt)],
);
