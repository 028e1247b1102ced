import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CsvImport } from "@/components/evidence/csv-import";
import { MapPicker } from "@/components/evidence/map-picker";
import { Card } from "@/components/ui/card";
import { listMapTouchpoints } from "@/lib/evidence/subjects";
import { listMaps } from "@/lib/maps/list-maps";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function FeedbackImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.evidenceImport, `/w/${slug}/evidence/import`);
  const t = await getTranslations("evidence");
  const maps = await listMaps(ctx, { q: "", sort: "name", status: "active" });
  const wanted = (await searchParams).map;
  const map = maps.find((m) => m.id === wanted) ?? maps[0];
  const touchpoints = map ? await listMapTouchpoints({ workspaceId: ctx.workspaceId, mapId: map.id }) : [];
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <Link href={`/w/${slug}/evidence${map ? `?map=${map.id}` : ""}`} className="text-sm text-primary underline-offset-4 hover:underline">
            {t("backToEvidence")}
          </Link>
          <h1 className="text-2xl font-semibold">{t("import.title")}</h1>
        </div>
        {map && <MapPicker maps={maps.map(({ id, name }) => ({ id, name }))} current={map.id} />}
      </div>
      <Card>
        {map ? (
          <CsvImport key={map.id} mapId={map.id} touchpointNames={touchpoints.map((tp) => tp.name)} timeZone={ctx.workspace.timeZone} />
        ) : (
          <p className="text-muted-foreground">{t("noMaps")}</p>
        )}
      </Card>
    </div>
  );
}
