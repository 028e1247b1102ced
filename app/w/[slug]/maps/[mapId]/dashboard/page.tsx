import { getTranslations } from "next-intl/server";
import { CsvMenu } from "@/components/dashboards/csv-menu";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { DashboardSections } from "@/components/dashboards/dashboard-sections";
import { RetentionNote } from "@/components/dashboards/retention-note";
import { PdfDownloadLink } from "@/components/dashboards/pdf-download-link";
import { PrintButton } from "@/components/dashboards/print-button";
import { PngButton } from "@/components/ui/png-button";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { ReviewReminderBanner } from "@/components/reviews/review-reminder-banner";
import { explainEmptySelection } from "@/lib/dashboards/explain-empty";
import { describePeriod, filtersToSearchParams, scopeFromFilters, ZDashboardFilters } from "@/lib/dashboards/filters";
import { loadDashboard } from "@/lib/dashboards/load-dashboard";
import { listMapPhases } from "@/lib/evidence/subjects";
import { getMapWorsening } from "@/lib/dashboards/map-worsening";
import { reviewQuarter } from "@/lib/reviews/load-quarterly-review";
import { MapWhatGotWorse } from "@/components/dashboards/map-what-got-worse";
import { formatQuarter, quarterAt, recentQuarters } from "@/lib/dashboards/quarters";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { getReviewReminder } from "@/lib/reviews/review-reminder";
import { loadMapPage } from "../load-map-page";

export default async function MapDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; mapId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, mapId } = await params;
  const base = `/w/${slug}/maps/${mapId}`;
  const { ctx, map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapDashboard, `${base}/dashboard`);
  const filters = { ...ZDashboardFilters.parse(await searchParams), map: undefined, persona: undefined };
  // "What got worse" compares whole quarters: the one filtered on, else the last complete one.
  const worseQuarter = reviewQuarter(filters.quarter, ctx.workspace.timeZone);
  const loading = loadDashboard(ctx, { ...scopeFromFilters(filters), mapId: map.id }, filters.by);
  const [dashboard, worsening, reminder, t, phases] = await Promise.all([
    loading,
    // Filtered on a quarter, the dashboard's own figures are that quarter's: not queried twice.
    getMapWorsening(ctx, { mapId: map.id, quarter: worseQuarter, channel: filters.channel, phaseId: filters.phase }, filters.quarter ? loading : undefined),
    getReviewReminder({ workspaceId: ctx.workspaceId, mapId: map.id }),
    getTranslations("dashboards"),
    listMapPhases({ workspaceId: ctx.workspaceId, mapId: map.id }),
  ]);
  const quarters = recentQuarters(quarterAt(new Date(), ctx.workspace.timeZone), 8).map(formatQuarter);
  const query = filtersToSearchParams(filters);
  const emptyBecause = await explainEmptySelection({
    ctx,
    filters: { ...filters, map: map.id },
    responses: dashboard.summary.aggregate.responses,
    names: { map: map.name, phase: phases.find((p) => p.id === filters.phase)?.name },
    fixed: { map: true },
  });
  return (
    <div id="dashboard-content" className="mx-auto grid max-w-7xl gap-4 print:max-w-none">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <ReviewReminderBanner reminder={reminder} reviewHref={`${base}/review`} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("mapTitle", { name: map.name })}</h1>
          <p className="text-sm text-muted-foreground">
            {t("period", { period: describePeriod(filters) ?? t("filters.allTime") })}
            {" · "}
            {t("timeZone", { zone: ctx.workspace.timeZone })}
          </p>
          <RetentionNote workspaceId={ctx.workspaceId} />
        </div>
        <div className="flex flex-wrap gap-2">
          <CsvMenu exportUrl={`${base}/dashboard/export?${new URLSearchParams(query)}`} />
          <PdfDownloadLink href={`${base}/dashboard/pdf?${query}`} />
          <PngButton targetId="dashboard-content" fileName={`dashboard-${map.name}`} scope="page" />
          <PrintButton />
        </div>
      </div>
      <DashboardFilters filters={filters} quarters={quarters} phases={phases.map((p) => ({ id: p.id, name: p.name }))} />
      <MapWhatGotWorse slug={slug} worsening={worsening} quarter={worsening.quarter} previousQuarter={worsening.previousQuarter} />
      <DashboardSections
        slug={slug}
        dashboard={dashboard}
        granularity={filters.by}
        acrossMaps={false}
        fileName={`map-dashboard`}
        emptyBecause={emptyBecause}
        worse={filters.quarter ? worsening : undefined}
      />
    </div>
  );
}
