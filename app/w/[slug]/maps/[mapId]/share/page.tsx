import { getTranslations } from "next-intl/server";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { ShareLinkForm } from "@/components/sharing/share-link-form";
import { ShareLinkList } from "@/components/sharing/share-link-list";
import { Card, CardTitle } from "@/components/ui/card";
import { dayIn } from "@/lib/dashboards/quarters";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { listShareLinks } from "@/lib/sharing/share-links";
import { loadMapPage } from "../load-map-page";

export async function generateMetadata() {
  const t = await getTranslations("reviews.subnav");
  return { title: t("share") };
}

export default async function MapSharePage({ params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  const { ctx, map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapShare, `/w/${slug}/maps/${mapId}/share`);
  const t = await getTranslations("sharing.manage");
  const mayShare = hasPermission(ctx.role, "maps.share");
  const links = mayShare ? await listShareLinks(ctx, map.id) : [];
  return (
    <div className="grid gap-4">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("title", { name: map.name })}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      {!mayShare ? (
        <p className="max-w-3xl rounded-md bg-muted px-3 py-2 text-sm">{t("viewersCannot")}</p>
      ) : (
        <div className="grid max-w-3xl gap-4">
          <Card className="grid gap-4">
            <CardTitle>{t("newTitle")}</CardTitle>
            <ShareLinkForm slug={slug} mapId={map.id} today={dayIn(new Date(), ctx.workspace.timeZone)} />
          </Card>
          <Card className="grid gap-4">
            <CardTitle>{t("listTitle")}</CardTitle>
            {links.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : <ShareLinkList slug={slug} mapId={map.id} links={links} timeZone={ctx.workspace.timeZone} />}
          </Card>
        </div>
      )}
    </div>
  );
}
