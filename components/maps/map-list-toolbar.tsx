"use client";
import { LoaderCircle, Search } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { mapListHref } from "@/lib/maps/list-href";
import type { MapSort, MapStatus, TListMapsQuery } from "@/lib/maps/schemas";
import { cn } from "@/lib/utils";

const SEARCH_DELAY_MS = 300;

/** Search, sort and active/archived switch; all state lives in the URL, so it survives reloads and can be shared. */
export function MapListToolbar({ query }: { query: TListMapsQuery }) {
  const t = useTranslations("mapList");
  const router = useRouter();
  const pathname = usePathname();
  const searchId = useId();
  const sortId = useId();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(query.q);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A navigation from elsewhere (the "clear search" link, back button) brings a new query;
  // while typing, the URL trails the box, so only a real difference replaces the text.
  useEffect(() => setQ((current) => (current.trim() === query.q ? current : query.q)), [query.q]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function navigate(next: Partial<TListMapsQuery>) {
    if (timer.current) clearTimeout(timer.current);
    startTransition(() => router.replace(mapListHref(pathname, { ...query, q: q.trim(), ...next }), { scroll: false }));
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      <form
        role="search"
        className="grid min-w-56 flex-1 gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ q: q.trim() });
        }}
      >
        <Label htmlFor={searchId}>{t("search")}</Label>
        <div className="relative">
          <Search className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-muted-foreground" aria-hidden />
          <Input
            id={searchId}
            type="search"
            name="q"
            value={q}
            maxLength={100}
            placeholder={t("searchPlaceholder")}
            className="pl-8"
            onChange={(e) => {
              const value = e.target.value;
              setQ(value);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => navigate({ q: value.trim() }), SEARCH_DELAY_MS);
            }}
          />
        </div>
      </form>
      <div className="grid gap-1.5">
        <Label htmlFor={sortId}>{t("sort")}</Label>
        <NativeSelect id={sortId} value={query.sort} onChange={(e) => navigate({ sort: e.target.value as MapSort })}>
          <option value="updated">{t("sortUpdated")}</option>
          <option value="name">{t("sortName")}</option>
        </NativeSelect>
      </div>
      <div role="group" aria-label={t("show")} className="flex h-9 rounded-md border border-border p-0.5">
        {(["active", "archived"] as MapStatus[]).map((status) => (
          <Link
            key={status}
            href={mapListHref(pathname, { ...query, status })}
            replace
            scroll={false}
            aria-current={query.status === status ? "page" : undefined}
            className={cn(
              "rounded px-3 py-1 text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              query.status === status && "bg-muted font-medium",
            )}
          >
            {t(status)}
          </Link>
        ))}
      </div>
      <span aria-live="polite" className="flex h-9 items-center text-sm text-muted-foreground">
        {pending && (
          <>
            <LoaderCircle className="mr-1 h-4 w-4 animate-spin" aria-hidden />
            {t("loading")}
          </>
        )}
      </span>
    </div>
  );
}
