import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { journeyMaps } from "./maps";
import { workspaces } from "./workspaces";

/**
 * - csat_below: CSAT (share of 4–5 answers, %) of a touchpoint, phase or map below
 *   `threshold` over the last `windowDays` days, with at least `minAnswers` answers;
 * - nps_drop: a map's NPS this quarter more than `threshold` points below last quarter's
 *   (each with at least `minAnswers` answers);
 * - kpi_off_target: a KPI of the map (or of any map) whose latest value is off target;
 * - low_score_comment: a response with a comment and CSAT ≤ 2 on the map (or any map).
 */
export const ALERT_KINDS = ["csat_below", "nps_drop", "kpi_off_target", "low_score_comment"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_SUBJECTS = ["workspace", "map", "phase", "touchpoint"] as const;

export const alertRules = pgTable(
  "alert_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ALERT_KINDS }).notNull(),
    subjectKind: text("subject_kind", { enum: ALERT_SUBJECTS }).notNull(),
    /** The map the rule watches; null: every map of the workspace. */
    mapId: uuid("map_id").references(() => journeyMaps.id, { onDelete: "cascade" }),
    /** The phase or touchpoint (ids of the map's projection), for csat_below. */
    subjectId: uuid("subject_id"),
    threshold: doublePrecision("threshold"),
    windowDays: integer("window_days"),
    minAnswers: integer("min_answers").notNull().default(1),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alert_rules_workspace").on(t.workspaceId),
    check("alert_rules_kind", sql`${t.kind} in ('csat_below', 'nps_drop', 'kpi_off_target', 'low_score_comment')`),
    check("alert_rules_subject", sql`${t.subjectKind} in ('workspace', 'map', 'phase', 'touchpoint')`),
  ],
);
export type AlertRule = typeof alertRules.$inferSelect;

/**
 * Each time a rule fired, for what (`subjectKey`: the touchpoint, phase, map, KPI or
 * response) and with which value. A firing stays open until its condition clears; the
 * unique index keeps one open firing per rule and subject, so it fires again only after it
 * cleared.
 */
export const alertFirings = pgTable(
  "alert_firings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    ruleId: uuid("rule_id").notNull().references(() => alertRules.id, { onDelete: "cascade" }),
    subjectKey: text("subject_key").notNull(),
    mapId: uuid("map_id").references(() => journeyMaps.id, { onDelete: "cascade" }),
    value: doublePrecision("value"),
    /** What fired, in words fit for a notification or a chat message. */
    description: text("description").notNull(),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull().defaultNow(),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("alert_firings_open").on(t.ruleId, t.subjectKey).where(sql`${t.clearedAt} is null`),
    index("alert_firings_workspace").on(t.workspaceId, t.firedAt),
  ],
);
