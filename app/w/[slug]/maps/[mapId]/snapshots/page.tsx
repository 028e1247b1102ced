import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { ComparePicker } from "@/components/snapshots/compare-picker";
import { RestoreSnapshotButton } from "@/components/snapshots/restore-snapshot-button";
import { TakeSnapshotForm } from "@/components/snapshots/take-snapshot-form";
import { formatQuarter, quarterAt } from "@/lib/dashboards/quarters";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { listSnapshots } from "@/lib/snapshots/get-snapshots";
import { loadMapPage } from "../load-map-page";

export default async function SnapshotsPage({ params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  const base = `/w/${slug}/maps/${mapId}`;
  const { ctx, map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapSnapshots, `${base}/snapshots`);
  const [snapshots, t, format] = await Promise.all([listSnapshots(ctx, map.id), getTranslations("reviews.snapshots"), getFormatter()]);
  const canSnapshot = hasPermission(ctx.role, "reviews.write");
  const canRestore = hasPermission(ctx.role, "maps.write");
  return (
    <div className="mx-auto grid max-w-5xl gap-4">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      {canSnapshot && (
        <TakeSnapshotForm slug={slug} mapId={map.id} defaultName={t("defaultName", { quarter: formatQuarter(quarterAt(new Date(), ctx.workspace.timeZone)) })} />
      )}
      {snapshots.length === 0 ? (
        <div className="rounded-lg border border-dashed border-border p-8 text-center">
          <p className="font-medium">{t("emptyTitle")}</p>
          <p className="text-sm text-muted-foreground">{t(canSnapshot ? "emptyHint" : "emptyReadOnly")}</p>
        </div>
      ) : (
        <>
          <ComparePicker base={base} snapshots={snapshots.map((s) => ({ id: s.id, name: s.name }))} />
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {snapshots.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <div className="min-w-48 flex-1">
                  <Link href={`${base}/snapshots/${s.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                    {s.name}
                  </Link>
                  <p className="text-xs text-muted-foreground">
                    {t("takenBy", {
                      when: format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                      who: s.createdBy ?? s.createdByEmail ?? t("someone"),
                    })}
                    {s.quarter && ` · ${t("atQuarter", { quarter: s.quarter })}`}
                  </p>
                </div>
                <Link href={`${base}/snapshots/compare?from=${s.id}&to=current`} className="text-sm text-primary underline-offset-4 hover:underline">
                  {t("compareWithCurrent")}
                </Link>
                {canRestore && <RestoreSnapshotButton slug={slug} mapId={map.id} snapshot={{ id: s.id, name: s.name }} mapName={map.name} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
