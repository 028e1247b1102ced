import { getTranslations } from "next-intl/server";
import { KpiCsvImport } from "@/components/evidence/kpi-csv-import";
import { ImportPageHeader } from "@/components/evidence/import-page-header";
import { Card } from "@/components/ui/card";
import { listImportableKpis } from "@/lib/evidence/kpis/import-kpi-values";
import { chooseEvidenceMap } from "@/lib/evidence/choose-map";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function KpiImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.kpiImport, `/w/${slug}/evidence/import/kpis`);
  const t = await getTranslations("evidence");
  const { maps, map } = await chooseEvidenceMap(ctx, (await searchParams).map);
  const kpis = map ? await listImportableKpis({ workspaceId: ctx.workspaceId, mapId: map.id }) : [];
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <ImportPageHeader slug={slug} title={t("kpiImport.title")} maps={maps} current={map?.id ?? null} />
      {!map ? (
        <Card>
          <p className="text-muted-foreground">{t("noMaps")}</p>
        </Card>
      ) : kpis.length === 0 ? (
        <Card>
          <p className="text-muted-foreground">{t("kpiImport.noKpis")}</p>
        </Card>
      ) : (
        <>
          <Card>
            <KpiCsvImport key={map.id} slug={slug} target={{ mapId: map.id }} kpis={kpis.map(({ id, name, periodKind }) => ({ id, name, periodKind }))} />
          </Card>
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="mb-2 text-left font-medium">{t("kpiImport.kpisOfMap")}</caption>
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-1 pr-3">{t("kpiImport.report.kpi")}</th>
                  <th scope="col" className="py-1 pr-3">{t("kpiImport.on")}</th>
                  <th scope="col" className="py-1 pr-3">{t("kpis.periodKind")}</th>
                  <th scope="col" className="py-1 pr-3">{t("kpiImport.id")}</th>
                </tr>
              </thead>
              <tbody>
                {kpis.map((k) => (
                  <tr key={k.id} className="border-b border-border">
                    <td className="py-1 pr-3">{k.name}</td>
                    <td className="py-1 pr-3">{k.subject}</td>
                    <td className="py-1 pr-3">{t(k.periodKind === "month" ? "kpis.month" : "kpis.quarter")}</td>
                    <td className="py-1 pr-3 font-mono text-xs">{k.id}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </>
      )}
    </div>
  );
}
