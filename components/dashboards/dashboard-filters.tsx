"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FilterChips } from "@/components/ui/filter-chips";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type DashboardFilters as Filters, describePeriod, filtersToSearchParams } from "@/lib/dashboards/filters";
import { CHANNELS } from "@/lib/journey/map-vocabulary";

type Option = { id: string; name: string };

/**
 * The filters live in the URL (?map=&phase=&persona=&channel=&quarter=&from=&to=&by=), so a
 * filtered dashboard can be bookmarked, shared and printed as it is. Every change
 * navigates at once; the period is all time, a quarter, or a custom range of days.
 */
export function DashboardFilters(props: {
  filters: Filters;
  quarters: string[];
  maps?: Option[];
  personas?: Option[];
  /** One map's phases (its dashboard): filter to one phase. */
  phases?: Option[];
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

  // What is filtered now, each removable on its own, and all at once with Reset.
  const chips: Array<{ key: string; label: string; clear: Partial<Filters> }> = [];
  const mapName = props.maps?.find((m) => m.id === props.filters.map)?.name;
  const personaName = props.personas?.find((p) => p.id === props.filters.persona)?.name;
  if (props.filters.map && mapName) chips.push({ key: "map", label: t("chipMap", { name: mapName }), clear: { map: undefined } });
  const phaseName = props.phases?.find((p) => p.id === props.filters.phase)?.name;
  if (props.filters.phase && phaseName) chips.push({ key: "phase", label: t("chipPhase", { name: phaseName }), clear: { phase: undefined } });
  if (props.filters.persona && personaName) chips.push({ key: "persona", label: t("chipPersona", { name: personaName }), clear: { persona: undefined } });
  if (props.filters.channel) chips.push({ key: "channel", label: t("chipChannel", { name: channels(props.filters.channel) }), clear: { channel: undefined } });
  const periodName = describePeriod(props.filters);
  if (periodName) chips.push({ key: "period", label: t("chipPeriod", { name: periodName }), clear: { quarter: undefined, from: undefined, to: undefined } });

  return (
    <div className="grid gap-2 print:hidden">
      <form
        role="search"
        aria-label={t("label")}
        aria-busy={pending}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3"
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
        {props.phases && (
          <div className="grid gap-1">
            <Label htmlFor="filter-phase">{t("phase")}</Label>
            <NativeSelect id="filter-phase" value={props.filters.phase ?? ""} onChange={(e) => apply({ phase: e.target.value || undefined })}>
              <option value="">{t("allPhases")}</option>
              {props.phases.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
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
      <FilterChips
        chips={chips}
        onRemove={(key) => {
          if (key === "period") setCustom(false);
          apply(chips.find((chip) => chip.key === key)!.clear);
        }}
        onReset={() => {
          setCustom(false);
          apply({ map: undefined, phase: undefined, persona: undefined, channel: undefined, quarter: undefined, from: undefined, to: undefined });
        }}
        labels={{ list: t("active"), remove: (name) => t("remove", { name }), reset: t("reset") }}
      />
    </div>
  );
}
