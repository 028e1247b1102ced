"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type DashboardFilters as Filters, filtersToSearchParams } from "@/lib/dashboards/filters";
import { CHANNELS } from "@/lib/journey/map-vocabulary";

type Option = { id: string; name: string };

/**
 * The filters live in the URL (?map=&persona=&channel=&quarter=&from=&to=&by=), so a
 * filtered dashboard can be bookmarked, shared and printed as it is. Every change
 * navigates at once; the period is all time, a quarter, or a custom range of days.
 */
export function DashboardFilters(props: {
  filters: Filters;
  quarters: string[];
  maps?: Option[];
  personas?: Option[];
}) {
  const t = useTranslations("dashboards.filters");
  const channels = useTranslations("editor.channels");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [custom, setCustom] = useState(!props.filters.quarter && Boolean(props.filters.from || props.filters.to));
  const period = props.filters.quarter ?? (custom ? "custom" : "all");

  function apply(patch: Partial<Filters>) {
    const next = { ...props.filters, ...patch };
    const query = filtersToSearchParams(next).toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  return (
    <form
      role="search"
      aria-label={t("label")}
      aria-busy={pending}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3 print:hidden"
      onSubmit={(e) => e.preventDefault()}
    >
      {props.maps && (
        <div className="grid gap-1">
          <Label htmlFor="filter-map">{t("map")}</Label>
          <NativeSelect id="filter-map" value={props.filters.map ?? ""} onChange={(e) => apply({ map: e.target.value || undefined })}>
            <option value="">{t("allMaps")}</option>
            {props.maps.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </NativeSelect>
        </div>
      )}
      {props.personas && (
        <div className="grid gap-1">
          <Label htmlFor="filter-persona">{t("persona")}</Label>
          <NativeSelect id="filter-persona" value={props.filters.persona ?? ""} onChange={(e) => apply({ persona: e.target.value || undefined })}>
            <option value="">{t("allPersonas")}</option>
            {props.personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
        </div>
      )}
      <div className="grid gap-1">
        <Label htmlFor="filter-channel">{t("channel")}</Label>
        <NativeSelect
          id="filter-channel"
          value={props.filters.channel ?? ""}
          onChange={(e) => apply({ channel: CHANNELS.find((c) => c === e.target.value) })}
        >
          <option value="">{t("allChannels")}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channels(c)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="filter-period">{t("period")}</Label>
        <NativeSelect
          id="filter-period"
          value={period}
          onChange={(e) => {
            const value = e.target.value;
            setCustom(value === "custom");
            if (value === "all") apply({ quarter: undefined, from: undefined, to: undefined });
            else if (value !== "custom") apply({ quarter: value, from: undefined, to: undefined });
          }}
        >
          <option value="all">{t("allTime")}</option>
          {props.quarters.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
          <option value="custom">{t("custom")}</option>
        </NativeSelect>
      </div>
      {custom && (
        <>
          <div className="grid gap-1">
            <Label htmlFor="filter-from">{t("from")}</Label>
            <Input
              id="filter-from"
              type="date"
              className="w-40"
              defaultValue={props.filters.from}
              onBlur={(e) => apply({ quarter: undefined, from: e.target.value || undefined })}
            />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="filter-to">{t("to")}</Label>
            <Input
              id="filter-to"
              type="date"
              className="w-40"
              defaultValue={props.filters.to}
              onBlur={(e) => apply({ quarter: undefined, to: e.target.value || undefined })}
            />
          </div>
        </>
      )}
      <div className="grid gap-1">
        <Label htmlFor="filter-by">{t("granularity")}</Label>
        <NativeSelect id="filter-by" value={props.filters.by} onChange={(e) => apply({ by: e.target.value === "quarter" ? "quarter" : "month" })}>
          <option value="month">{t("perMonth")}</option>
          <option value="quarter">{t("perQuarter")}</option>
        </NativeSelect>
      </div>
    </form>
  );
}
