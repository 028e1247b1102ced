import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function MapsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadWorkspacePage(slug, PAGE_PERMISSIONS.maps);
  const t = await getTranslations("maps");
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      </Card>
    </div>
  );
}
