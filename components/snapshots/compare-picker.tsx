"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Version = { value: string; label: string };

/** Chooses two versions to compare: any snapshot, or the map as it is now. A plain GET form. */
export function ComparePicker({ base, snapshots, from, to }: { base: string; snapshots: Array<{ id: string; name: string }>; from?: string; to?: string }) {
  const t = useTranslations("reviews.snapshots");
  const options = [...snapshots.map((s) => ({ value: s.id, label: s.name })), { value: "current", label: t("current") }];
  return (
    <form action={`${base}/snapshots/compare`} method="get" className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-card p-3 print:hidden">
      <VersionSelect id="compare-from" name="from" label={t("compareFrom")} options={options} defaultValue={from ?? snapshots[0]?.id} />
      <VersionSelect id="compare-to" name="to" label={t("compareTo")} options={options} defaultValue={to ?? "current"} />
      <Button type="submit" size="sm" variant="outline">
        {t("compare")}
      </Button>
    </form>
  );
}

function VersionSelect({ id, name, label, options, defaultValue }: { id: string; name: string; label: string; options: Version[]; defaultValue?: string }) {
  return (
    <div className="grid gap-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={name} defaultValue={defaultValue}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
