import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function AuditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.audit, `/w/${slug}/audit`);
  const t = await getTranslations("audit");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  const events = await listAuditEvents(ctx);
  const role = (v: string | undefined) => (v && ["owner", "admin", "editor", "viewer"].includes(v) ? tr(v as "owner") : (v ?? ""));
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        {events.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-border text-left text-muted-foreground">
                <th scope="col" className="py-2">{t("when")}</th>
                <th scope="col" className="py-2">{t("who")}</th>
                <th scope="col" className="py-2">{t("what")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-border" data-testid="audit-event">
                  <td className="whitespace-nowrap py-2 pr-4">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="py-2 pr-4">{e.actorName ?? e.actorEmail ?? t("someone")}</td>
                  <td className="py-2">
                    {t(`actions.${e.action.replace(".", "_")}`, {
                      target: e.targetName ?? e.targetUserEmail ?? e.targetEmail ?? "",
                      role: role(e.details.role),
                      from: role(e.details.from) || e.details.from || "",
                      to: role(e.details.to) || e.details.to || "",
                      name: e.details.name ?? "",
                      count: e.details.count ?? "",
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
