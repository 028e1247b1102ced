import { getTranslations } from "next-intl/server";
import { CsvImport } from "@/components/evidence/csv-import";
import { ImportPageHeader } from "@/components/evidence/import-page-header";
import { Card } from "@/components/ui/card";
import { listMapTouchpoints } from "@/lib/evidence/subjects";
import { chooseEvidenceMap } from "@/lib/evidence/choose-map";
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
  const { maps, map } = await chooseEvidenceMap(ctx, (await searchParams).map);
  const touchpoints = map ? await listMapTouchpoints({ workspaceId: ctx.workspaceId, mapId: map.id }) : [];
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <ImportPageHeader slug={slug} title={t("import.title")} maps={maps} current={map?.id ?? null} />
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
