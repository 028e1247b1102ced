import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const ROLLUP_GRAINS = ["day", "month"] as const;
export type RollupGrain = (typeof ROLLUP_GRAINS)[number];
export const rollupGrainEnum = pgEnum("feedback_rollup_grain", ROLLUP_GRAINS);

/**
 * Feedback counted per touchpoint and period, twice: per calendar day and per calendar
 * month, both in the workspace's time zone. Dashboards read whole months from the month
 * rows and only the ragged ends of a custom period from the day rows, so a query over two
 * years and hundreds of touchpoints reads thousands of rows, not a million responses (nor
 * the hundred-thousand-odd day rows). Derived data, kept exact by statement-level
 * triggers on feedback_responses and rebuilt for a workspace when its time zone changes
 * (see the rollup trigger migrations); nothing in the application writes it. Scores come
 * from these counts through lib/evidence/scores.ts.
 *
 * No foreign keys to maps or touchpoints: the triggers remove a row when its responses
 * go (a deleted map cascades to its responses, whose delete trigger empties the rows).
 * The workspace key cascades because a deleted workspace takes its time zone with it.
 */
export const feedbackRollup = pgTable(
  "feedback_rollup",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    mapId: uuid("map_id").notNull(),
    touchpointId: uuid("touchpoint_id").notNull(),
    grain: rollupGrainEnum("grain").notNull(),
    /** The day itself, or the first day of the month. */
    periodStart: date("period_start", { mode: "string" }).notNull(),
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
    primaryKey({ columns: [t.touchpointId, t.grain, t.periodStart] }),
    index("feedback_rollup_workspace_period").on(t.workspaceId, t.grain, t.periodStart),
    index("feedback_rollup_map_period").on(t.workspaceId, t.mapId, t.grain, t.periodStart),
    // Rows emptied by a delete exist only inside the trigger that removes them; this keeps
    // finding them cheap however large the table grows.
    index("feedback_rollup_empty").on(t.touchpointId).where(sql`${t.responses} <= 0`),
  ],
);
