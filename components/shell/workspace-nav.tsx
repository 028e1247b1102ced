"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export type NavItem = { href: string; labelKey: "maps" | "personas" | "dashboard" | "evidence" | "members" | "audit" | "settings" };

export function WorkspaceNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="flex gap-1 overflow-x-auto">
      {items.map((item) => {
        const active = item.href.split("/").length > 3 ? pathname.startsWith(item.href) : pathname === item.href;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              active && "bg-muted font-medium",
            )}
          >
            {t(item.labelKey)}
          </Link>
        );
      })}
    </nav>
  );
}
