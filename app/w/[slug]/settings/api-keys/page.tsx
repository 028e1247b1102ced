import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiKeyList } from "@/components/api-keys/api-key-list";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api/keys/manage-api-keys";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function ApiKeysPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.apiKeys, `/w/${slug}/settings/api-keys`);
  const t = await getTranslations("evidence.apiKeys");
  const keys = await listApiKeys(ctx);
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <Link href={`/w/${slug}/settings`} className="text-sm text-primary underline-offset-4 hover:underline">
          {t("backToSettings")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        <Link href={`/w/${slug}/settings/api-keys/reference`} className="text-sm text-primary underline-offset-4 hover:underline">
          {t("referenceLink")}
        </Link>
      </div>
      <Card className="grid gap-4">
        <CardTitle>{t("createTitle")}</CardTitle>
        <CardDescription>{t("createDescription")}</CardDescription>
        <CreateApiKeyForm slug={slug} />
      </Card>
      <Card>
        <ApiKeyList slug={slug} keys={keys} />
      </Card>
    </div>
  );
}
