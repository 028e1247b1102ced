import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OpportunityBoard } from "@/components/opportunities/opportunity-board";
import { OpportunityFilters } from "@/components/opportunities/opportunity-filters";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { notificationTarget } from "@/lib/notifications/inbox";
import { filterValueNames } from "@/lib/opportunities/filter-names";
import { getOpportunityMatrix } from "@/lib/opportunities/get-opportunity-matrix";
import { ZOpportunityFilters } from "@/lib/opportunities/schemas";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export async function generateMetadata() {
  const t = await getTranslations("opportunityMatrix");
  return { title: t("title") };
}

/** The opportunity matrix across the workspace's maps: customer value × effort, filterable, each card linking to the map. */
export default async function OpportunitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.opportunities, `/w/${slug}/opportunities`);
  const filters = ZOpportunityFilters.parse(await searchParams);
  const [matrix, t, statuses] = await Promise.all([getOpportunityMatrix(ctx, filters), getTranslations("opportunityMatrix"), getTranslations("editor.statuses")]);
  const canPlace = hasPermission(ctx.role, "maps.write");
  const items = [...matrix.placed, ...matrix.unplaced].map((o) => ({ ...o, href: notificationTarget(slug, { mapId: o.mapId, cardId: o.id }) }));
  const names = filterValueNames(filters, matrix.options, t("filters.nobody"), (s) => statuses(s));
  return (
    <div className="mx-auto grid max-w-7xl gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
        <p className="text-sm text-muted-foreground">{canPlace ? t("canPlace") : t("readOnly")}</p>
      </div>
      {matrix.total === 0 ? (
        <Card className="grid justify-items-start gap-2 p-6">
          <h2 className="font-semibold">{t("emptyTitle")}</h2>
          <p className="text-sm text-muted-foreground">{t("emptyHint")}</p>
          <Link href={`/w/${slug}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
            {t("toMaps")}
          </Link>
        </Card>
      ) : (
        <>
          <OpportunityFilters filters={filters} options={matrix.options} />
          {items.length === 0 ? (
            <Card className="grid gap-1 p-6" role="status">
              <h2 className="font-semibold">{t("emptyFiltered")}</h2>
              <p className="text-sm text-muted-foreground">
                {matrix.emptiedBy === "together" || !matrix.emptiedBy ? t("because.together") : t(`because.${matrix.emptiedBy}`, { name: names[matrix.emptiedBy] ?? "" })}
              </p>
            </Card>
          ) : (
            <OpportunityBoard slug={slug} items={items} canPlace={canPlace} />
          )}
        </>
      )}
    </div>
  );
}
