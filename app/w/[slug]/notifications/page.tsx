import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InboxList } from "@/components/notifications/inbox-list";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { Card } from "@/components/ui/card";
import { countUnread, INBOX_PAGE_SIZE, listInbox, notificationOpenPath } from "@/lib/notifications/inbox";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";
import { cn } from "@/lib/utils";

export async function generateMetadata() {
  const t = await getTranslations("notifications.inbox");
  return { title: t("title") };
}

export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const base = `/w/${slug}/notifications`;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.notifications, base);
  const t = await getTranslations("notifications.inbox");
  const unreadOnly = query.show === "unread";
  const before = typeof query.before === "string" && !Number.isNaN(Date.parse(query.before)) ? new Date(query.before) : undefined;
  const [items, unread] = await Promise.all([listInbox(ctx, { unreadOnly, before }), countUnread(ctx)]);
  const last = items.at(-1);
  const filters = [
    { href: base, label: t("showAll"), current: !unreadOnly },
    { href: `${base}?show=unread`, label: t("showUnread"), current: unreadOnly },
  ];
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <div className="flex items-center gap-3">
          <Link href={`/w/${slug}/my-work`} className="text-sm text-primary underline-offset-4 hover:underline">
            {(await getTranslations("reviews.myWork"))("title")}
          </Link>
          <Link href="/account/notifications" className="text-sm text-primary underline-offset-4 hover:underline">
            {t("settings")}
          </Link>
          <MarkAllReadButton slug={slug} disabled={unread === 0} />
        </div>
      </div>
      {query.gone === "1" && (
        <p role="status" className="rounded-md border border-border bg-muted px-3 py-2 text-sm">
          {(await getTranslations("notifications.errors"))("NOTIFICATION_NOT_FOUND")}
        </p>
      )}
      <nav aria-label={t("filterLabel")} className="flex gap-1">
        {filters.map((f) => (
          <Link
            key={f.href}
            href={f.href}
            aria-current={f.current ? "page" : undefined}
            className={cn("rounded-md px-3 py-1.5 text-sm hover:bg-muted", f.current && "bg-muted font-medium")}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Card className="p-0">
        {items.length === 0 ? (
          <p className="p-6 text-sm text-muted-foreground">{unreadOnly ? t("emptyUnread") : t("empty")}</p>
        ) : (
          <InboxList slug={slug} items={items.map((item) => ({ ...item, href: notificationOpenPath(slug, item.id) }))} />
        )}
      </Card>
      {last && items.length >= INBOX_PAGE_SIZE && (
        <Link
          href={`${base}?${new URLSearchParams({ ...(unreadOnly ? { show: "unread" } : {}), before: last.createdAt })}`}
          className="justify-self-center text-sm text-primary underline-offset-4 hover:underline"
        >
          {t("older")}
        </Link>
      )}
    </div>
  );
}
