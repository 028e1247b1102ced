import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { errorResponse } from "@/lib/api/error-response";
import { getFilterOptions } from "@/lib/dashboards/filter-options";
import { type DashboardFilters, describePeriod, scopeFromFilters, ZDashboardFilters } from "@/lib/dashboards/filters";
import { loadMapDashboard } from "@/lib/dashboards/get-dashboard";
import { loadDashboard } from "@/lib/dashboards/load-dashboard";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { ZMapId } from "@/lib/maps/schemas";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { authorizeWorkspace, type WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { DashboardDocument } from "./dashboard-document";
import { pdfContentDisposition, pdfResponse } from "./pdf-file";
import { type PdfI18n, pdfI18n } from "./pdf-i18n";

/** What the figures cover, as the page's heading says it, plus the persona and channel filters. */
function scopeText(i18n: PdfI18n, filters: DashboardFilters, names: { workspace?: string; map?: string; persona?: string }): string {
  const t = i18n.dashboards;
  const period = describePeriod(filters) ?? t("filters.allTime");
  return [
    names.workspace ? names.workspace : null,
    names.workspace ? t("scope", { map: names.map ?? t("filters.allMaps"), period }) : t("period", { period }),
    names.persona ? t("pdf.persona", { name: names.persona }) : null,
    filters.channel ? t("pdf.channel", { name: i18n.channel(filters.channel) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * A dashboard as a PDF, from the same loaders as the dashboard pages: the workspace's
 * (filtered by map, persona, channel, period) or, with `mapId`, one map's. A map or
 * persona of another workspace, in the filters or as `mapId`, is NOT_FOUND.
 */
export async function renderDashboardPdf(ctx: WorkspaceContext, args: { filters: DashboardFilters; mapId?: string; locale: Locale; now?: Date }) {
  const { filters } = args;
  const i18n = await pdfI18n(args.locale, ctx.workspace.timeZone);
  const t = i18n.dashboards;
  const common = { i18n, timeZone: ctx.workspace.timeZone, generatedAt: args.now ?? new Date(), granularity: filters.by };
  const quarter = filters.quarter ? [filters.quarter] : [];
  if (args.mapId) {
    const { map, dashboard } = await loadMapDashboard(ctx, args.mapId, filters);
    const pdf = await renderToBuffer(
      DashboardDocument({ ...common, title: t("mapTitle", { name: map.name }), scope: scopeText(i18n, filters, {}), dashboard, acrossMaps: false }),
    );
    return { pdf, disposition: pdfContentDisposition([map.name, "dashboard", ...quarter], "dashboard") };
  }
  const [dashboard, options] = await Promise.all([loadDashboard(ctx, scopeFromFilters(filters), filters.by), getFilterOptions(ctx)]);
  const map = filters.map ? options.maps.find((m) => m.id === filters.map) : undefined;
  if (filters.map && !map) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
  const persona = filters.persona ? options.personas.find((p) => p.id === filters.persona) : undefined;
  if (filters.persona && !persona) throw new AppError("NOT_FOUND", "PERSONA_NOT_FOUND");
  const scope = scopeText(i18n, filters, { workspace: ctx.workspace.name, map: map?.name, persona: persona?.name });
  const pdf = await renderToBuffer(DashboardDocument({ ...common, title: t("workspaceTitle"), scope, dashboard, acrossMaps: !filters.map }));
  return { pdf, disposition: pdfContentDisposition([ctx.workspace.slug, map?.name ?? "", "dashboard", ...quarter], "dashboard") };
}

/**
 * GET /w/<slug>/dashboard/pdf?<the dashboard's filters> and, with `mapId`,
 * GET /w/<slug>/maps/<mapId>/dashboard/pdf?<filters> — the dashboard as a PDF download
 * for whoever may open the dashboard page.
 */
export async function dashboardPdfResponse(args: { request: Request; userId: string | null; slug: string; mapId?: string; locale: Locale }): Promise<Response> {
  try {
    const permission = args.mapId === undefined ? PAGE_PERMISSIONS.dashboard : PAGE_PERMISSIONS.mapDashboard;
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission });
    const mapId = args.mapId === undefined ? undefined : ZMapId.safeParse(args.mapId);
    if (mapId && !mapId.success) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
    const parsed = ZDashboardFilters.parse(Object.fromEntries(new URL(args.request.url).searchParams));
    // A phase belongs to one map: only a map's dashboard filters by it.
    const filters = mapId ? parsed : { ...parsed, phase: undefined };
    const { pdf, disposition } = await renderDashboardPdf(ctx, { filters, mapId: mapId?.data, locale: args.locale });
    return pdfResponse(pdf, disposition);
  } catch (error) {
    return errorResponse(error);
  }
}
