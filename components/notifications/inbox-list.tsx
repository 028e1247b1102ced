"use client";
import { AtSign, BellRing, CalendarClock, ClipboardCheck, Lightbulb, MessageSquare } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { markNotificationAction } from "@/app/w/[slug]/notifications/actions";
import { Button } from "@/components/ui/button";
import type { InboxItem } from "@/lib/notifications/inbox";
import { cn } from "@/lib/utils";
import { useInboxAction } from "./use-inbox-action";

/**
 * The inbox's rows. Each opens through its own address (plain links, never prefetched:
 * opening marks the notification read) and can be marked read or unread in place.
 */
export function InboxList({ slug, items }: { slug: string; items: Array<InboxItem & { href: string }> }) {
  const t = useTranslations("notifications.inbox");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const { pending, perform } = useInboxAction();
  return (
    <ul className="divide-y divide-border">
      {items.map((item) => {
        const Icon = { mention: AtSign, reply: MessageSquare, action_assigned: ClipboardCheck, action_due: CalendarClock, alert_fired: BellRing, opportunity_assigned: Lightbulb, opportunity_due: CalendarClock, review_due: CalendarClock }[item.kind];
        const line = t(`line.${item.kind}`, { actor: item.actorName ?? t("deletedUser"), map: item.mapName ?? t("deletedMap") });
        return (
          <li key={item.id} data-testid="notification" data-read={item.read} className={cn("flex items-start gap-3 p-4", !item.read && "bg-primary/5")}>
            <Icon aria-hidden className={cn("mt-0.5 h-4 w-4 shrink-0", item.read ? "text-muted-foreground" : "text-primary")} />
            <div className="min-w-0 flex-1">
              <a href={item.href} className="font-medium underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
                {line}
              </a>
              {!item.read && <span className="sr-only"> ({t("unreadBadge")})</span>}
              {item.excerpt && <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">“{item.excerpt}”</p>}
              <time dateTime={item.createdAt} className="mt-1 block text-xs text-muted-foreground" title={format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}>
                {format.relativeTime(new Date(item.createdAt), now)}
              </time>
            </div>
            <Button
              variant="ghost"
              size="sm"
              disabled={pending}
              aria-label={`${item.read ? t("markUnread") : t("markRead")}: ${line}`}
              onClick={() => perform(() => markNotificationAction(slug, { notificationId: item.id, read: !item.read }))}
            >
              {item.read ? t("markUnread") : t("markRead")}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
