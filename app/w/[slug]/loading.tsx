import { getTranslations } from "next-intl/server";

/**
 * Shown while a workspace page loads. It is the fallback for every page below this
 * segment that has no loading state of its own, so it sketches a heading and a grid
 * rather than any one page.
 */
export default async function WorkspaceLoading() {
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
