import { getTranslations } from "next-intl/server";
import { ImportMapForm } from "@/components/snapshots/import-map-form";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function ImportMapPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadWorkspacePage(slug, PAGE_PERMISSIONS.mapImport, `/w/${slug}/maps/import`);
  const t = await getTranslations("reviews.import");
  return (
    <div className="mx-auto grid max-w-xl gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <ImportMapForm slug={slug} />
    </div>
  );
}
