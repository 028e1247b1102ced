import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KpiCsvImport } from "@/components/evidence/kpi-csv-import";
import { MapPicker } from "@/components/evidence/map-picker";
import { Card } from "@/components/ui/card";
import { listImportableKpis } from "@/lib/evidence/kpis/import-kpi-values";
import { listMaps } from "@/lib/maps/list-maps";
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
  const maps = await listMaps(ctx, { q: "", sort: "name", status: "active" });
  const wanted = (await searchParams).map;
  const map = maps.find((m) => m.id === wanted) ?? maps[0];
  const kpis = map ? await listImportableKpis({ workspaceId: ctx.workspaceId, mapId: map.id }) : [];
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <Link href={`/w/${slug}/evidence${map ? `?map=${map.id}` : ""}`} className="text-sm text-primary underline-offset-4 hover:underline">
            {t("backToEvidence")}
          </Link>
          <h1 className="text-2xl font-semibold">{t("kpiImport.title")}</h1>
        </div>
        {map && <MapPicker maps={maps.map(({ id, name }) => ({ id, name }))} current={map.id} />}
      </div>
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
