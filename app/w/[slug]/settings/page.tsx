import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { RenameWorkspaceForm } from "@/components/workspaces/rename-workspace-form";
import { WorkspaceRegionForm } from "@/components/workspaces/workspace-region-form";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";
import { supportedTimeZones } from "@/lib/workspaces/time-zones";

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.settings, `/w/${slug}/settings`);
  const t = await getTranslations("workspace");
  const tk = await getTranslations("evidence.apiKeys");
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <h1 className="text-2xl font-semibold">{t("settingsTitle")}</h1>
      <Card className="grid gap-4">
        <CardTitle>{t("renameTitle")}</CardTitle>
        <RenameWorkspaceForm slug={slug} name={ctx.workspace.name} />
      </Card>
      <Card className="grid gap-4">
        <CardTitle>{t("region.title")}</CardTitle>
        <WorkspaceRegionForm slug={slug} locale={ctx.workspace.locale} timeZone={ctx.workspace.timeZone} timeZones={supportedTimeZones()} />
      </Card>
      <Card className="grid gap-3">
        <CardTitle>{tk("title")}</CardTitle>
        <CardDescription>{tk("settingsDescription")}</CardDescription>
        <Link href={`/w/${slug}/settings/api-keys`} className={`${buttonVariants({ variant: "outline" })} justify-self-start`}>
          {tk("manage")}
        </Link>
      </Card>
    </div>
  );
}
