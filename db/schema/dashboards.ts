import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * Feedback counted per touchpoint and day, the day taken in the workspace's time zone.
 * Dashboards read this instead of feedback_responses so a million responses cost a few
 * thousand rows per query. It is derived data, kept exact by statement-level triggers on
 * feedback_responses (insert, update, delete) and rebuilt for a workspace when its time
 * zone changes — see the dashboard_rollup_triggers migration. Nothing in the application
 * writes it. Scores come from these counts through lib/evidence/scores.ts.
 *
 * No foreign keys to maps or touchpoints: the triggers remove a row when its responses go
 * (a deleted map cascades to its responses, whose delete trigger empties the rollup).
 * The workspace key cascades because a deleted workspace takes its time zone with it.
 */
export const feedbackDailyRollup = pgTable(
  "feedback_daily_rollup",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull(),
    touchpointId: uuid("touchpoint_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    responses: integer("responses").notNull(),
    csatCount: integer("csat_count").notNull(),
    csatSatisfied: integer("csat_satisfied").notNull(),
    /** Sum of CSAT answers, for the mean that sits beside the emotion curve. */
    csatSum: integer("csat_sum").notNull(),
    npsCount: integer("nps_count").notNull(),
    npsPromoters: integer("nps_promoters").notNull(),
    npsDetractors: integer("nps_detractors").notNull(),
    cesCount: integer("ces_count").notNull(),
    cesSum: integer("ces_sum").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.touchpointId, t.day] }),
    index("feedback_daily_rollup_workspace_day").on(t.workspaceId, t.day),
    index("feedback_daily_rollup_map_day").on(t.workspaceId, t.mapId, t.day),
    // Rows emptied by a delete exist only inside the trigger that removes them; this keeps
    // finding them cheap however large the table grows.
    index("feedback_daily_rollup_empty").on(t.touchpointId).where(sql`${t.responses} <= 0`),
  ],
);
