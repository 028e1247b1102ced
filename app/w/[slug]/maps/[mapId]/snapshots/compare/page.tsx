import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PrintButton } from "@/components/dashboards/print-button";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { ComparePicker } from "@/components/snapshots/compare-picker";
import { MapDiffView } from "@/components/snapshots/map-diff-view";
import { isAppError } from "@/lib/errors/app-error";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { diffMapContent } from "@/lib/snapshots/diff-map-content";
import { getSnapshotOrThrow, listSnapshots } from "@/lib/snapshots/get-snapshots";
import { contentOfState, loadMapState } from "@/lib/snapshots/map-state";
import { loadMapPage } from "../../load-map-page";

const ZVersion = z.union([z.literal("current"), z.uuid()]);
const ZCompareQuery = z.object({ from: ZVersion.catch("current"), to: ZVersion.catch("current") });

export default async function CompareSnapshotsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; mapId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, mapId } = await params;
  const base = `/w/${slug}/maps/${mapId}`;
  const { ctx, map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapSnapshots, `${base}/snapshots/compare`);
  const query = ZCompareQuery.parse(await searchParams);
  const t = await getTranslations("reviews.snapshots");
  const version = async (id: string) => {
    if (id === "current") return { name: t("current"), content: contentOfState(await loadMapState(map.id)) };
    const s = await getSnapshotOrThrow(ctx, map.id, id);
    return { name: s.name, content: s.content };
  };
  const [from, to, snapshots] = await Promise.all([version(query.from), version(query.to), listSnapshots(ctx, map.id)]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="mx-auto grid max-w-6xl gap-4">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("compareTitle", { from: from.name, to: to.name })}</h1>
        <PrintButton />
      </div>
      <ComparePicker base={base} snapshots={snapshots.map((s) => ({ id: s.id, name: s.name }))} from={query.from} to={query.to} />
      <MapDiffView diff={diffMapContent(from.content, to.content)} />
    </div>
  );
}
