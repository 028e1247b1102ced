import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/api-keys/api-reference";
import { trustedBaseUrl } from "@/lib/account/trusted-base-url";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";
import { readReference } from "@/lib/api/v1/reference";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function ApiReferencePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadWorkspacePage(slug, PAGE_PERMISSIONS.apiKeys, `/w/${slug}/settings/api-keys/reference`);
  const t = await getTranslations("evidence.apiReference");
  const doc = buildOpenApiDocument(trustedBaseUrl());
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <Link href={`/w/${slug}/settings/api-keys`} className="text-sm text-primary underline-offset-4 hover:underline">
          {t("backToKeys")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        <p className="text-sm">
          <a href="/api/v1/openapi.json" className="text-primary underline-offset-4 hover:underline">
            {t("openApiLink")}
          </a>
        </p>
      </div>
      <ApiReference operations={readReference(doc)} />
    </div>
  );
}
