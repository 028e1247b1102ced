import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AlertRuleForm } from "@/components/alerts/alert-rule-form";
import { AlertRuleList } from "@/components/alerts/alert-rule-list";
import { Card, CardTitle } from "@/components/ui/card";
import { listAlertSubjects } from "@/lib/alerts/alert-subjects";
import { listAlertRules, listRecentFirings } from "@/lib/alerts/manage-alert-rules";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export async function generateMetadata() {
  const t = await getTranslations("alerts");
  return { title: t("title") };
}

export default async function AlertsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.alerts, `/w/${slug}/alerts`);
  const canManage = hasPermission(ctx.role, "alerts.manage");
  const [t, format, rules, firings, subjects] = await Promise.all([
    getTranslations("alerts"),
    getFormatter(),
    listAlertRules(ctx),
    listRecentFirings(ctx),
    canManage ? listAlertSubjects(ctx) : Promise.resolve([]),
  ]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: ctx.workspace.timeZone });
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      {canManage ? (
        <Card className="grid gap-4">
          <CardTitle>{t("newTitle")}</CardTitle>
          <AlertRuleForm slug={slug} maps={subjects} />
        </Card>
      ) : (
        <p className="rounded-md bg-muted px-3 py-2 text-sm">{t("viewersCannot")}</p>
      )}
      <Card className="grid gap-4">
        <CardTitle>{t("rulesTitle")}</CardTitle>
        {rules.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : <AlertRuleList slug={slug} rules={rules} canManage={canManage} timeZone={ctx.workspace.timeZone} />}
      </Card>
      <Card className="grid gap-3">
        <CardTitle>{t("firingsTitle")}</CardTitle>
        {firings.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noFirings")}</p>
        ) : (
          <ul className="divide-y divide-border text-sm">
            {firings.map((f) => (
              <li key={f.id} data-testid="alert-firing" className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>{f.description}</span>
                <span className="flex items-center gap-3 text-xs text-muted-foreground">
                  {when(f.firedAt)}
                  {!f.oneOff && <span>{f.clearedAt ? t("cleared", { when: when(f.clearedAt) }) : t("open")}</span>}
                  <Link href={f.mapId ? `/w/${slug}/maps/${f.mapId}/dashboard` : `/w/${slug}/dashboard`} className="text-primary underline-offset-4 hover:underline">
                    {t("openDashboard")}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
