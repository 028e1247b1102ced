import { getTranslations } from "next-intl/server";
import { PortfolioQuarterPicker } from "@/components/portfolio/portfolio-quarter-picker";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { WhatGotWorse } from "@/components/portfolio/what-got-worse";
import { formatQuarter, quarterAt, recentQuarters } from "@/lib/dashboards/quarters";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { getPortfolio, PORTFOLIO_SORTS, type PortfolioSort, sortPortfolio } from "@/lib/portfolio/get-portfolio";
import { reviewQuarter } from "@/lib/reviews/load-quarterly-review";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function PortfolioPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.dashboard, `/w/${slug}/portfolio`);
  const query = await searchParams;
  const quarter = reviewQuarter(query.quarter, ctx.workspace.timeZone);
  const sort = (PORTFOLIO_SORTS as readonly string[]).includes(String(query.sort)) ? (query.sort as PortfolioSort) : "attention";
  const descending = query.dir ? query.dir === "desc" : sort !== "name";
  const [portfolio, t] = await Promise.all([getPortfolio(ctx, quarter), getTranslations("dashboards.portfolio")]);
  const quarters = recentQuarters(quarterAt(new Date(), ctx.workspace.timeZone), 8).map(formatQuarter);
  return (
    <div className="mx-auto grid max-w-7xl gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("description", { quarter: portfolio.quarter, previous: portfolio.previousQuarter })}</p>
        </div>
        <PortfolioQuarterPicker value={portfolio.quarter} quarters={quarters} />
      </div>
      <WhatGotWorse slug={slug} portfolio={portfolio} />
      <PortfolioTable slug={slug} portfolio={portfolio} rows={sortPortfolio(portfolio.rows, sort, descending)} sort={sort} descending={descending} />
    </div>
  );
}
