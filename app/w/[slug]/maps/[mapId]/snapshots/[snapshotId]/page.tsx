import { notFound } from "next/navigation";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/dashboards/print-button";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { MapGridView } from "@/components/snapshots/map-grid-view";
import { PngButton } from "@/components/ui/png-button";
import { RestoreSnapshotButton } from "@/components/snapshots/restore-snapshot-button";
import { isAppError } from "@/lib/errors/app-error";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { getSnapshotOrThrow } from "@/lib/snapshots/get-snapshots";
import { loadMapPage } from "../../load-map-page";

export default async function SnapshotPage({ params }: { params: Promise<{ slug: string; mapId: string; snapshotId: string }> }) {
  const { slug, mapId, snapshotId } = await params;
  const base = `/w/${slug}/maps/${mapId}`;
  const { ctx, map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapSnapshots, `${base}/snapshots/${snapshotId}`);
  const snapshot = await getSnapshotOrThrow(ctx, map.id, snapshotId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("reviews.snapshots"), getFormatter()]);
  return (
    <div className="grid gap-4">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{snapshot.name}</h1>
          <p className="text-sm text-muted-foreground">
            {t("readOnly", { when: format.dateTime(snapshot.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`${base}/snapshots/compare?from=${snapshot.id}&to=current`} className="text-sm text-primary underline-offset-4 hover:underline print:hidden">
            {t("compareWithCurrent")}
          </Link>
          <PngButton targetId="snapshot-grid" fileName={`snapshot-${snapshot.name}`} />
          <PrintButton />
          {hasPermission(ctx.role, "maps.write") && <RestoreSnapshotButton slug={slug} mapId={map.id} snapshot={{ id: snapshot.id, name: snapshot.name }} mapName={map.name} />}
        </div>
      </div>
      <MapGridView id="snapshot-grid" content={snapshot.content} />
    </div>
  );
}
