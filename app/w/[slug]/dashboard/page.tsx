import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CsvMenu } from "@/components/dashboards/csv-menu";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { DashboardSections } from "@/components/dashboards/dashboard-sections";
import { RetentionNote } from "@/components/dashboards/retention-note";
import { PdfDownloadLink } from "@/components/dashboards/pdf-download-link";
import { PrintButton } from "@/components/dashboards/print-button";
import { PngButton } from "@/components/ui/png-button";
import { buttonVariants } from "@/components/ui/button";
import { BellRing } from "lucide-react";
import { explainEmptySelection } from "@/lib/dashboards/explain-empty";
import { getFilterOptions } from "@/lib/dashboards/filter-options";
import { describePeriod, filtersToSearchParams, scopeFromFilters, ZDashboardFilters } from "@/lib/dashboards/filters";
import { loadDashboard } from "@/lib/dashboards/load-dashboard";
import { formatQuarter, quarterAt, recentQuarters } from "@/lib/dashboards/quarters";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function WorkspaceDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.dashboard, `/w/${slug}/dashboard`);
  // A phase belongs to one map: the workspace dashboard has no phase filter.
  const filters = { ...ZDashboardFilters.parse(await searchParams), phase: undefined };
  const [dashboard, options, t] = await Promise.all([
    loadDashboard(ctx, scopeFromFilters(filters), filters.by),
    getFilterOptions(ctx),
    getTranslations("dashboards"),
  ]);
  const quarters = recentQuarters(quarterAt(new Date(), ctx.workspace.timeZone), 8).map(formatQuarter);
  const query = filtersToSearchParams(filters);
  const mapName = options.maps.find((m) => m.id === filters.map)?.name;
  const emptyBecause = await explainEmptySelection({
    ctx,
    filters,
    responses: dashboard.summary.aggregate.responses,
    names: { map: mapName, persona: options.personas.find((p) => p.id === filters.persona)?.name },
  });
  return (
    <div id="dashboard-content" className="mx-auto grid max-w-7xl gap-4 print:max-w-none">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("workspaceTitle")}</h1>
          <p className="text-sm text-muted-foreground">
            {t("scope", { map: mapName ?? t("filters.allMaps"), period: describePeriod(filters) ?? t("filters.allTime") })}
            {" · "}
            {t("timeZone", { zone: ctx.workspace.timeZone })}
          </p>
          <RetentionNote workspaceId={ctx.workspaceId} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/w/${slug}/alerts`} className={buttonVariants({ variant: "outline", size: "sm" }) + " print:hidden"}>
            <BellRing className="h-4 w-4" aria-hidden />
            {(await getTranslations("alerts"))("link")}
          </Link>
          <CsvMenu exportUrl={`/w/${slug}/dashboard/export?${new URLSearchParams(query)}`} />
          <PdfDownloadLink href={`/w/${slug}/dashboard/pdf?${query}`} />
          <PngButton targetId="dashboard-content" fileName={`dashboard-${slug}`} scope="page" />
          <PrintButton />
        </div>
      </div>
      <DashboardFilters
        filters={filters}
        quarters={quarters}
        maps={options.maps.map((m) => ({ id: m.id, name: m.archived ? t("archivedMap", { name: m.name }) : m.name }))}
        personas={options.personas}
      />
      {!filters.map && <p className="text-sm text-muted-foreground print:hidden">{t("emotion.pickMap")}</p>}
      <DashboardSections slug={slug} dashboard={dashboard} granularity={filters.by} acrossMaps={!filters.map} fileName={`dashboard-${slug}`} emptyBecause={emptyBecause} />
    </div>
  );
}
