import { BellRing, Download, Upload } from "lucide-react";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { EvidenceTable } from "@/components/evidence/evidence-table";
import { MapPicker } from "@/components/evidence/map-picker";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { appBaseUrl } from "@/lib/config/app-url";
import { getMapEvidenceOverview } from "@/lib/evidence/map-evidence-overview";
import { chooseEvidenceMap } from "@/lib/evidence/choose-map";
import { EVIDENCE_MAP_COOKIE } from "@/lib/evidence/evidence-map-cookie";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function EvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.evidence, `/w/${slug}/evidence`);
  const t = await getTranslations("evidence");
  const { maps, map } = await chooseEvidenceMap(ctx, (await searchParams).map, (await cookies()).get(EVIDENCE_MAP_COOKIE)?.value);
  const canWrite = hasPermission(ctx.role, "evidence.write");
  const canManageKeys = hasPermission(ctx.role, "apikeys.manage");

  if (!map) {
    return (
      <div className="mx-auto grid max-w-5xl gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Card>
          <p className="text-muted-foreground">{t("noMaps")}</p>
        </Card>
      </div>
    );
  }

  const [groups, baseUrl] = await Promise.all([getMapEvidenceOverview({ workspaceId: ctx.workspaceId, mapId: map.id }), appBaseUrl()]);
  const touchpointCount = groups.reduce((n, g) => n + g.touchpoints.length, 0);
  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <MapPicker maps={maps} current={map.id} />
          <Link href={`/w/${slug}/alerts`} className={buttonVariants({ variant: "outline" })}>
            <BellRing className="h-4 w-4" aria-hidden />
            {(await getTranslations("alerts"))("link")}
          </Link>
          {canWrite && (
            <Link href={`/w/${slug}/evidence/import?map=${map.id}`} className={buttonVariants({ variant: "outline" })}>
              <Upload className="h-4 w-4" aria-hidden />
              {t("importCsv")}
            </Link>
          )}
          {canWrite && (
            <Link href={`/w/${slug}/evidence/import/kpis?map=${map.id}`} className={buttonVariants({ variant: "outline" })}>
              <Upload className="h-4 w-4" aria-hidden />
              {t("importKpiValues")}
            </Link>
          )}
          <a href={`/api/maps/${map.id}/feedback-export`} className={buttonVariants({ variant: "outline" })} download>
            <Download className="h-4 w-4" aria-hidden />
            {t("exportCsv")}
          </a>
          {canManageKeys && (
            <Link href={`/w/${slug}/settings/api-keys`} className={buttonVariants({ variant: "ghost" })}>
              {t("apiKeys.manage")}
            </Link>
          )}
        </div>
      </div>
      {touchpointCount === 0 && (
        <Card>
          <p className="text-muted-foreground">{t("noTouchpoints")}</p>
        </Card>
      )}
      {touchpointCount > 0 && <EvidenceTable slug={slug} groups={groups} baseUrl={baseUrl} canWrite={canWrite} />}
    </div>
  );
}
