"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { FilterChips } from "@/components/ui/filter-chips";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { OPPORTUNITY_STATUSES } from "@/lib/journey/map-vocabulary";
import { type FilterOptions, filterValueNames } from "@/lib/opportunities/filter-names";
import { NO_OWNER, type OpportunityFilters as Filters, opportunityFiltersToSearchParams } from "@/lib/opportunities/schemas";

/**
 * The matrix's filters, kept in the URL (?map=&phase=&owner=&status=) so a filtered matrix
 * can be shared; every change navigates at once. Active filters show as chips, each
 * removable, and Reset clears them all — as on the dashboards.
 */
export function OpportunityFilters({ filters, options }: { filters: Filters; options: FilterOptions }) {
  const t = useTranslations("opportunityMatrix.filters");
  const statuses = useTranslations("editor.statuses");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function apply(patch: Partial<Filters>) {
    const next = { ...filters, ...patch };
    const query = opportunityFiltersToSearchParams(next).toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  const names = filterValueNames(filters, options, t("nobody"), (s) => statuses(s));
  const chips = (["map", "phase", "owner", "status"] as const)
    .filter((key) => filters[key])
    .map((key) => ({ key, label: t(`chip${key[0]!.toUpperCase()}${key.slice(1)}` as "chipMap", { name: names[key] ?? "" }) }));

  return (
    <div className="grid gap-2">
      <form role="search" aria-label={t("label")} aria-busy={pending} className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3" onSubmit={(e) => e.preventDefault()}>
        <div className="grid gap-1">
          <Label htmlFor="filter-map">{t("map")}</Label>
          <NativeSelect id="filter-map" value={filters.map ?? ""} onChange={(e) => apply({ map: e.target.value || undefined })}>
            <option value="">{t("allMaps")}</option>
            {options.maps.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-phase">{t("phase")}</Label>
          <NativeSelect id="filter-phase" value={filters.phase ?? ""} onChange={(e) => apply({ phase: e.target.value || undefined })}>
            <option value="">{t("allPhases")}</option>
            {options.phases.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
            {filters.phase && !options.phases.some((p) => p.key === filters.phase) && <option value={filters.phase}>{filters.phase}</option>}
          </NativeSelect>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-owner">{t("owner")}</Label>
          <NativeSelect id="filter-owner" value={filters.owner ?? ""} onChange={(e) => apply({ owner: e.target.value || undefined })}>
            <option value="">{t("allOwners")}</option>
            <option value={NO_OWNER}>{t("nobody")}</option>
            {options.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-status">{t("status")}</Label>
          <NativeSelect id="filter-status" value={filters.status ?? ""} onChange={(e) => apply({ status: OPPORTUNITY_STATUSES.find((s) => s === e.target.value) })}>
            <option value="">{t("allStatuses")}</option>
            {OPPORTUNITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statuses(s)}
              </option>
            ))}
          </NativeSelect>
        </div>
      </form>
      <FilterChips
        chips={chips}
        onRemove={(key) => apply({ [key]: undefined })}
        onReset={() => apply({ map: undefined, phase: undefined, owner: undefined, status: undefined })}
        labels={{ list: t("active"), remove: (name) => t("remove", { name }), reset: t("reset") }}
      />
    </div>
  );
}
