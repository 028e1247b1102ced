import { Upload } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { CreateMapDialog } from "@/components/maps/create-map-dialog";
import { MapList } from "@/components/maps/map-list";
import { MapListEmpty } from "@/components/maps/map-list-empty";
import { MapListToolbar } from "@/components/maps/map-list-toolbar";
import { TemplateGallery } from "@/components/maps/template-gallery";
import { isLocale } from "@/lib/i18n/locales";
import { templatePreview } from "@/lib/journey/templates/template-preview";
import { TEMPLATE_IDS } from "@/lib/journey/templates/template-ids";
import { mapListHref } from "@/lib/maps/list-href";
import { listMaps } from "@/lib/maps/list-maps";
import { ZListMapsQuery } from "@/lib/maps/schemas";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { listPersonas } from "@/lib/personas/list-personas";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function MapsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.maps);
  const query = ZListMapsQuery.parse(await searchParams);
  const canWrite = hasPermission(ctx.role, "maps.write");
  const canDelete = hasPermission(ctx.role, "maps.delete");
  const [maps, personas] = await Promise.all([listMaps(ctx, query), canWrite ? listPersonas(ctx) : []]);
  const personaOptions = personas.map(({ id, name, color }) => ({ id, name, color }));
  const t = await getTranslations("mapList");
  const locale = await getLocale();
  // A workspace without any map starts from the template gallery rather than an empty list.
  const firstRun = canWrite && maps.length === 0 && !query.q && query.status !== "archived";
  const previews = firstRun ? TEMPLATE_IDS.map((id) => templatePreview(id, isLocale(locale) ? locale : "en")) : [];
  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("count", { count: maps.length })}
          </p>
        </div>
        {canWrite && (
          <div className="flex items-center gap-2">
            <Button asChild variant="outline">
              <Link href={`/w/${slug}/maps/import`}>
                <Upload className="size-4" aria-hidden />
                {t("importMap")}
              </Link>
            </Button>
            <CreateMapDialog slug={slug} personas={personaOptions} starter={query.new} />
          </div>
        )}
      </div>
      {!firstRun && <MapListToolbar query={query} />}
      {firstRun ? (
        <TemplateGallery previews={previews} />
      ) : maps.length === 0 ? (
        <MapListEmpty query={query} canWrite={canWrite} clearSearchHref={mapListHref(`/w/${slug}`, { ...query, q: "" })} />
      ) : (
        <MapList slug={slug} maps={maps} personas={personaOptions} canWrite={canWrite} canDelete={canDelete} />
      )}
    </div>
  );
}
