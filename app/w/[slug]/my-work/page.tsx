import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { dayIn } from "@/lib/dashboards/quarters";
import { notificationTarget } from "@/lib/notifications/inbox";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { listMyWork } from "@/lib/reviews/my-work";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";
import { cn } from "@/lib/utils";

export async function generateMetadata() {
  const t = await getTranslations("reviews.myWork");
  return { title: t("title") };
}

/** What the signed-in member owns across the workspace's maps (review actions and opportunity cards), by due date. */
export default async function MyWorkPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.myWork, `/w/${slug}/my-work`);
  const [t, statuses, format, actions] = await Promise.all([getTranslations("reviews.myWork"), getTranslations("editor.statuses"), getFormatter(), listMyWork(ctx)]);
  const today = dayIn(new Date(), ctx.workspace.timeZone);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <Card className="p-0">
        {actions.length === 0 ? (
          <p className="p-6 text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-border">
            {actions.map((a) => {
              const overdue = a.dueDate !== null && a.dueDate < today;
              return (
                <li key={a.id} data-testid={a.type === "action" ? "my-action" : "my-opportunity"} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                  <div className="min-w-0">
                    <Link
                      href={a.type === "action" ? notificationTarget(slug, { mapId: a.mapId, cardId: null, actionId: a.id, quarter: a.quarter }) : notificationTarget(slug, { mapId: a.mapId, cardId: a.id })}
                      className="font-medium underline-offset-4 hover:underline"
                    >
                      {a.title || t("untitled")}
                    </Link>
                    <p className="text-xs text-muted-foreground">{a.type === "action" ? t("where", { map: a.mapName, quarter: a.quarter }) : t("whereCard", { map: a.mapName })}</p>
                  </div>
                  <p className="flex items-center gap-2 text-xs">
                    <span className="rounded-full bg-muted px-2 py-0.5">{statuses(a.status as "idea")}</span>
                    <span className={cn(overdue ? "font-medium text-destructive" : "text-muted-foreground")}>
                      {a.dueDate ? t(overdue ? "overdue" : "due", { date: day(a.dueDate) }) : t("noDueDate")}
                    </span>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
