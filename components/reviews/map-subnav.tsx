"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/** The views of one map: the editor, its dashboard, the quarterly review, snapshots, export, share links. */
export function MapSubnav({ slug, mapId, mapName }: { slug: string; mapId: string; mapName: string }) {
  const t = useTranslations("reviews.subnav");
  const pathname = usePathname();
  const base = `/w/${slug}/maps/${mapId}`;
  const items = [
    { href: base, label: t("editor"), exact: true },
    { href: `${base}/dashboard`, label: t("dashboard") },
    { href: `${base}/review`, label: t("review") },
    { href: `${base}/snapshots`, label: t("snapshots") },
    { href: `${base}/export`, label: t("export") },
    { href: `${base}/share`, label: t("share") },
  ];
  return (
    <div className="grid gap-2 print:hidden">
      <p className="text-sm text-muted-foreground">
        <Link href={`/w/${slug}`} className="hover:underline">
          {t("maps")}
        </Link>
        {" / "}
        <span className="font-medium text-foreground">{mapName}</span>
      </p>
      <nav aria-label={t("label", { name: mapName })} className="flex gap-1 overflow-x-auto border-b border-border">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "-mb-px border-b-2 border-transparent px-3 py-2 text-sm hover:text-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active && "border-primary font-medium text-primary",
              )}
            >
              {item.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
