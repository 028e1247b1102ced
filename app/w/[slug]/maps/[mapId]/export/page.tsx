import { FileJson } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/dashboards/print-button";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { MapGridView } from "@/components/snapshots/map-grid-view";
import { PngButton } from "@/components/ui/png-button";
import { buttonVariants } from "@/components/ui/button";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { contentOfState, loadMapState } from "@/lib/snapshots/map-state";
import { loadMapPage } from "../load-map-page";

export default async function MapExportPage({ params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  const base = `/w/${slug}/maps/${mapId}`;
  const { map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapExport, `${base}/export`);
  const [content, t] = await Promise.all([loadMapState(map.id).then(contentOfState), getTranslations("reviews.export")]);
  return (
    <div className="grid gap-4">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title", { name: map.name })}</h1>
          <p className="text-sm text-muted-foreground print:hidden">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`${base}/export/json`} download className={buttonVariants({ variant: "outline", size: "sm" }) + " print:hidden"}>
            <FileJson className="size-4" aria-hidden />
            {t("json")}
          </a>
          <PngButton targetId="map-grid" fileName={map.name} />
          <PrintButton />
        </div>
      </div>
      <MapGridView id="map-grid" content={content} />
    </div>
  );
}
