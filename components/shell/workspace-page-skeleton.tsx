import { getTranslations } from "next-intl/server";

/**
 * What a workspace page shows while it loads: a heading and a grid, not any one page.
 * Used by the loading states of the pages without an id in their path; pages of one map
 * have none, so an unknown or foreign map id answers a real 404 status rather than a
 * streamed 200.
 */
export async function WorkspacePageSkeleton() {
  const t = await getTranslations("mapList");
  return (
    <div className="mx-auto grid max-w-6xl gap-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loadingPage")}
      </p>
      <div className="h-8 w-48 animate-pulse rounded bg-muted" />
      <div className="h-9 w-full max-w-xl animate-pulse rounded bg-muted" />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-32 animate-pulse rounded-lg border border-border bg-muted/60" />
        ))}
      </div>
    </div>
  );
}
