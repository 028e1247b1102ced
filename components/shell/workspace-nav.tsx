"use client";
import { Menu } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

export type NavItem = { href: string; labelKey: "maps" | "personas" | "dashboard" | "portfolio" | "opportunities" | "evidence" | "members" | "audit" | "settings" };

const isActive = (href: string, pathname: string) => (href.split("/").length > 3 ? pathname.startsWith(href) : pathname === href);

/** The workspace's pages: links in the header on wide screens, one "Menu" button on narrow ones (phones, tablets). */
export function WorkspaceNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  const current = items.find((item) => isActive(item.href, pathname));
  return (
    <>
      {/* At the narrowest wide screens the links scroll rather than push the account controls onto a second row. */}
      <nav aria-label={t("label")} className="hidden min-w-0 gap-1 overflow-x-auto xl:flex">
        {items.map((item) => {
          const active = isActive(item.href, pathname);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "shrink-0 whitespace-nowrap rounded-md px-3 py-1.5 text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active && "bg-muted font-medium",
              )}
            >
              {t(item.labelKey)}
            </Link>
          );
        })}
      </nav>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" className="xl:hidden" data-testid="workspace-menu">
            <Menu aria-hidden className="h-4 w-4" />
            {current ? t(current.labelKey) : t("menu")}
            <span className="sr-only">{`, ${t("menu")}`}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" aria-label={t("label")}>
          {items.map((item) => (
            <DropdownMenuItem key={item.href} asChild>
              <Link href={item.href} aria-current={isActive(item.href, pathname) ? "page" : undefined}>
                {t(item.labelKey)}
              </Link>
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
