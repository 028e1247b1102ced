"use client";
import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** How often the header asks for the unread count while the tab is visible. */
const POLL_MS = 30_000;

/**
 * The bell in the workspace header: the inbox, with the unread count. The count comes
 * with the page and is asked for again every half minute, on returning to the tab and on
 * every navigation, so it follows what happens elsewhere.
 */
export function NotificationBell({ slug, initialUnread }: { slug: string; initialUnread: number }) {
  const t = useTranslations("notifications.bell");
  const pathname = usePathname();
  const [unread, setUnread] = useState(initialUnread);
  useEffect(() => setUnread(initialUnread), [initialUnread]);

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch(`/w/${slug}/notifications/unread-count`, { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { unread?: unknown };
        if (!stopped && typeof body.unread === "number") setUnread(body.unread);
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    void refresh();
    const timer = setInterval(refresh, POLL_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [slug, pathname]);

  const href = `/w/${slug}/notifications`;
  return (
    <Link
      href={href}
      aria-label={unread > 0 ? t("labelUnread", { count: unread }) : t("label")}
      aria-current={pathname === href ? "page" : undefined}
      data-testid="notification-bell"
      className={cn(buttonVariants({ variant: "ghost", size: "icon" }), "relative")}
    >
      <Bell aria-hidden className="h-4 w-4" />
      {unread > 0 && (
        <span
          aria-hidden
          data-testid="notification-count"
          className="absolute -right-0.5 -top-0.5 min-w-[1.125rem] rounded-full bg-primary px-1 text-center text-[11px] font-semibold leading-[1.125rem] text-primary-foreground"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
