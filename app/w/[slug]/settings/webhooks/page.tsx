import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { PrivateTargetsForm } from "@/components/webhooks/private-targets-form";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export async function generateMetadata() {
  const t = await getTranslations("webhooks");
  return { title: t("title") };
}

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.webhooks, `/w/${slug}/settings/webhooks`);
  const [t, tw] = await Promise.all([getTranslations("webhooks"), getTranslations("workspace")]);
  const { endpoints, allowPrivateTargets } = await listWebhooks(ctx);
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div>
        <Link href={`/w/${slug}/settings`} className="text-sm text-primary underline-offset-4 hover:underline">
          {tw("settingsTitle")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <Card className="grid gap-4">
        <CardTitle>{t("newTitle")}</CardTitle>
        <CreateWebhookForm slug={slug} />
      </Card>
      <Card className="grid gap-4">
        <CardTitle>{t("listTitle")}</CardTitle>
        {endpoints.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : <WebhookList slug={slug} endpoints={endpoints} timeZone={ctx.workspace.timeZone} />}
      </Card>
      <Card className="grid gap-4">
        <CardTitle>{t("privateTitle")}</CardTitle>
        <CardDescription>{t("privateHint")}</CardDescription>
        <PrivateTargetsForm slug={slug} allowPrivateTargets={allowPrivateTargets} />
      </Card>
    </div>
  );
}
