import "server-only";
import { z } from "zod";
import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors/app-error";
import { CSV_BOM, csvLine } from "@/lib/evidence/export/csv-escape";
import { periodLabel } from "@/lib/evidence/periods";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { CSV_TABLES, type CsvTable } from "./csv-tables";
import { scopeFromFilters, ZDashboardFilters } from "./filters";
import { loadMapDashboard } from "./get-dashboard";
import { type Dashboard, loadDashboard } from "./load-dashboard";
import { gapDirection, roundScore } from "./score-format";


// Rounded as the page shows them (CSAT and NPS whole, CES one decimal), so a CSV and the screen agree.
const rounded = (metric: "csat" | "nps" | "ces", v: number | null) => (v == null ? null : roundScore(metric, v));
const tenths = (v: number | null) => (v == null ? null : Math.round(v * 10) / 10);
const scores = (s: { responses: number; csat: number | null; nps: number | null; ces: number | null; csatCount: number; npsCount: number; cesCount: number }) => [
  s.responses,
  rounded("csat", s.csat),
  s.csatCount,
  rounded("nps", s.nps),
  s.npsCount,
  rounded("ces", s.ces),
  s.cesCount,
];
const SCORE_HEADER = ["responses", "csat_percent", "csat_answers", "nps", "nps_answers", "ces_mean", "ces_answers"];

/**
 * The figures behind one dashboard table as CSV rows (header first). Every text cell
 * goes through the evidence export's formula-safe escaping: names of touchpoints and
 * phases are typed by users and must not run as formulas in a spreadsheet.
 */
export function dashboardCsvRows(d: Dashboard, table: CsvTable): Array<Array<string | number | null>> {
  switch (table) {
    case "summary":
      return [SCORE_HEADER, scores(d.summary.scores)];
    case "phases":
      return [["phase", "removed", ...SCORE_HEADER], ...d.byPhase.map((p) => [p.name, String(p.removed), ...scores(p.scores)])];
    case "touchpoints":
      return [
        ["touchpoint", "touchpoint_id", "map", "phase", "channel", "removed", ...SCORE_HEADER],
        ...d.byTouchpoint.map((t) => [t.name, t.touchpointId, t.mapName, t.phaseName, t.channel, String(t.removed), ...scores(t.scores)]),
      ];
    case "trend":
      return [["period", "period_start", ...SCORE_HEADER], ...d.trend.map((p) => [p.label, p.periodStart, ...scores(p.scores)])];
    case "kpis":
      return [
        ["kpi", "map", "subject", "subject_kind", "subject_removed", "unit", "direction", "target", "tolerance", "period", "value", "status"],
        ...d.kpis.map((k) => [
          k.name,
          k.mapName,
          k.subject.name,
          k.subject.kind,
          String(k.subject.removed),
          k.unit,
          k.direction,
          k.target,
          k.tolerance,
          k.latest ? periodLabel(k.latest.periodStart, k.periodKind) : null,
          k.latest?.value ?? null,
          k.status,
        ]),
      ];
    case "emotion":
      return [
        // gap = assumed − measured; gap_direction says it in words (the page's convention).
        ["step", "phase", "assumed_emotion", "measured_emotion", "gap", "gap_direction", "csat_answers"],
        ...(d.emotions?.steps ?? []).map((s) => [
          s.name,
          s.phaseName,
          tenths(s.assumed),
          tenths(s.measured),
          tenths(s.gap),
          s.gap == null ? null : `team_more_${gapDirection(s.gap)}`.replace("team_more_even", "as_customers_say"),
          s.csatCount,
        ]),
      ];
  }
}

const ZCsvQuery = z.object({ table: z.enum(CSV_TABLES, "INVALID_TABLE") });

/**
 * GET …/dashboard/export?table=…&<the dashboard's filters> — one table of the workspace
 * dashboard, or of one map's with `mapId`, as a CSV download for a member with
 * evidence.read. Another workspace's map is NOT_FOUND.
 */
export async function dashboardCsvResponse(args: { request: Request; userId: string | null; slug: string; mapId?: string }): Promise<Response> {
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: "evidence.read" });
    const params = Object.fromEntries(new URL(args.request.url).searchParams);
    const query = ZCsvQuery.safeParse(params);
    if (!query.success) throw new AppError("INVALID_INPUT", "INVALID_INPUT", { table: ["INVALID_TABLE"] });
    const parsed = ZDashboardFilters.parse(params);
    // A phase belongs to one map: only a map's dashboard filters by it.
    const filters = args.mapId ? parsed : { ...parsed, phase: undefined };
    const dashboard = args.mapId ? (await loadMapDashboard(ctx, args.mapId, filters)).dashboard : await loadDashboard(ctx, scopeFromFilters(filters), filters.by);
    const body = CSV_BOM + dashboardCsvRows(dashboard, query.data.table).map(csvLine).join("");
    const name = `${args.mapId ? "map" : ctx.workspace.slug}-${query.data.table}${filters.quarter ? `-${filters.quarter}` : ""}.csv`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
