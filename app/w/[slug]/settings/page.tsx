import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { RenameWorkspaceForm } from "@/components/workspaces/rename-workspace-form";
import { WorkspaceRegionForm } from "@/components/workspaces/workspace-region-form";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";
import { listMembers } from "@/lib/members/list-members";
import { hasPermission } from "@/lib/permissions/roles";
import { DeleteWorkspaceForm } from "@/components/workspaces/delete-workspace-form";
import { TransferOwnershipForm } from "@/components/workspaces/transfer-ownership-form";
import { PrivacySettingsForm } from "@/components/privacy/privacy-settings-form";
import { RespondentRequest } from "@/components/privacy/respondent-request";
import { loadPrivacySettings } from "@/lib/privacy/privacy-settings";
import { SsoSettings } from "@/components/sso/sso-settings";
import { isSsoConfigured, ssoDisplayName } from "@/lib/sso/oidc-provider";
import { loadSsoSettings } from "@/lib/sso/sso-domains";
import { WorkspaceExportCard } from "@/components/workspaces/workspace-export-card";
import { latestWorkspaceExport } from "@/lib/workspaces/workspace-exports";
import { canManageRole } from "@/lib/permissions/roles";
import { supportedTimeZones } from "@/lib/workspaces/time-zones";
import { FormBrandingSettings } from "@/components/workspaces/form-branding-settings";
import { loadFormBranding } from "@/lib/evidence/forms/form-branding";
import { settingsFormLogoPath } from "@/lib/evidence/forms/form-logo-response";

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.settings, `/w/${slug}/settings`);
  const t = await getTranslations("workspace");
  const tk = await getTranslations("evidence.apiKeys");
  const twh = await getTranslations("webhooks");
  const tl = await getTranslations("workspace.lifecycle");
  const isOwner = hasPermission(ctx.role, "workspace.delete");
  const tp = await getTranslations("workspace.privacy");
  const privacy = await loadPrivacySettings(ctx.workspaceId);
  const tf = await getTranslations("workspace.formBranding");
  const branding = await loadFormBranding(ctx.workspaceId);
  const ts = await getTranslations("workspace.sso");
  const sso = isSsoConfigured() ? await loadSsoSettings(ctx) : null;
  const latestExport = isOwner ? await latestWorkspaceExport(ctx) : null;
  const others = isOwner ? (await listMembers(ctx)).filter((m) => m.userId !== ctx.userId) : [];
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
      <Card className="grid gap-4" id="public-forms">
        <CardTitle>{tf("title")}</CardTitle>
        <CardDescription>{tf("intro")}</CardDescription>
        <FormBrandingSettings
          slug={slug}
          workspaceName={branding.workspaceName}
          displayName={branding.displayName}
          accentColor={branding.accentColor}
          logoUrl={branding.logoVersion ? settingsFormLogoPath(slug, branding.logoVersion) : null}
        />
      </Card>
      {sso && (
        <Card className="grid gap-4" id="sso">
          <CardTitle>{ts("title")}</CardTitle>
          <CardDescription>{ts("intro")}</CardDescription>
          <SsoSettings
            slug={slug}
            providerName={ssoDisplayName()}
            domains={sso.domains}
            ssoRequired={sso.required}
            grantableRoles={(["admin", "editor", "viewer"] as const).filter((r) => canManageRole(ctx.role, r))}
          />
        </Card>
      )}
      <Card className="grid gap-4" id="privacy">
        <CardTitle>{tp("title")}</CardTitle>
        <CardDescription>{tp("intro")}</CardDescription>
        <PrivacySettingsForm slug={slug} {...privacy} />
      </Card>
      <Card className="grid gap-4">
        <CardTitle>{tp("requestsTitle")}</CardTitle>
        <CardDescription>{tp("requestsIntro")}</CardDescription>
        <RespondentRequest slug={slug} />
      </Card>
      <Card className="grid gap-3">
        <CardTitle>{tk("title")}</CardTitle>
        <CardDescription>{tk("settingsDescription")}</CardDescription>
        <Link href={`/w/${slug}/settings/api-keys`} className={`${buttonVariants({ variant: "outline" })} justify-self-start`}>
          {tk("manage")}
        </Link>
      </Card>
      <Card className="grid gap-3">
        <CardTitle>{twh("title")}</CardTitle>
        <CardDescription>{twh("settingsCard")}</CardDescription>
        <Link href={`/w/${slug}/settings/webhooks`} className={`${buttonVariants({ variant: "outline" })} justify-self-start`}>
          {twh("manage")}
        </Link>
      </Card>
      {isOwner && (
        <>
          <Card className="grid gap-3" id="export">
            <CardTitle>{tl("exportTitle")}</CardTitle>
            <CardDescription>{tl("exportIntro")}</CardDescription>
            <WorkspaceExportCard slug={slug} latest={latestExport && { ...latestExport, finishedAt: latestExport.finishedAt?.toISOString() ?? null }} />
          </Card>
          <Card className="grid gap-3" id="ownership">
            <CardTitle>{tl("transferTitle")}</CardTitle>
            <CardDescription>{tl("transferIntro")}</CardDescription>
            <TransferOwnershipForm slug={slug} members={others.map((m) => ({ userId: m.userId, label: m.name ? `${m.name} (${m.email})` : m.email }))} />
          </Card>
          <Card className="grid gap-3 border-destructive/40">
            <CardTitle>{tl("deleteTitle")}</CardTitle>
            <CardDescription>{tl("deleteIntro")}</CardDescription>
            <DeleteWorkspaceForm slug={slug} name={ctx.workspace.name} />
          </Card>
        </>
      )}
    </div>
  );
}
