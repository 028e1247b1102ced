import "server-only";
import { type Dashboard, loadDashboard } from "@/lib/dashboards/load-dashboard";
import { formatQuarter, parseQuarter, type Quarter, quarterAt, quarterRange, shiftQuarter } from "@/lib/dashboards/quarters";
import { getReview } from "./get-review";

/**
 * The quarter a review is about: the one asked for, else the last complete quarter on
 * the workspace's wall clock (a quarter still running is reviewable, but not the default).
 */
export function reviewQuarter(asked: unknown, timeZone: string, now = new Date()): Quarter {
  return (typeof asked === "string" ? parseQuarter(asked) : null) ?? shiftQuarter(quarterAt(now, timeZone), -1);
}

export type QuarterlyReview = {
  quarter: string;
  previousQuarter: string;
  /** The map's figures in the quarter, and in the quarter before for the changes. */
  dashboard: Dashboard;
  previous: Dashboard;
  review: Awaited<ReturnType<typeof getReview>>;
};

/**
 * Everything the review page and its PDF show about one quarter of a map. The caller has
 * authorized evidence.read and found the map in the workspace (getMapOrThrow).
 */
export async function loadQuarterlyReview(ctx: { workspaceId: string }, mapId: string, quarter: Quarter): Promise<QuarterlyReview> {
  const before = shiftQuarter(quarter, -1);
  const label = formatQuarter(quarter);
  const [dashboard, previous, review] = await Promise.all([
    loadDashboard(ctx, { ...quarterRange(quarter), mapId }, "month"),
    loadDashboard(ctx, { ...quarterRange(before), mapId }, "month"),
    getReview(ctx, mapId, label),
  ]);
  return { quarter: label, previousQuarter: formatQuarter(before), dashboard, previous, review };
}
