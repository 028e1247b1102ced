"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Chooses two versions to compare: any snapshot, or the map as it is now. A plain GET form. */
export function ComparePicker({ base, snapshots, from, to }: { base: string; snapshots: Array<{ id: string; name: string }>; from?: string; to?: string }) {
  const t = useTranslations("reviews.snapshots");
  const options = [...snapshots.map((s) => ({ value: s.id, label: s.name })), { value: "current", label: t("current") }];
  return (
    <form action={`${base}/snapshots/compare`} method="get" className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-card p-3 print:hidden">
      <div className="grid gap-1">
        <Label htmlFor="compare-from">{t("compareFrom")}</Label>
        <NativeSelect id="compare-from" name="from" defaultValue={from ?? snapshots[0]?.id}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="compare-to">{t("compareTo")}</Label>
        <NativeSelect id="compare-to" name="to" defaultValue={to ?? "current"}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" size="sm" variant="outline">
        {t("compare")}
      </Button>
    </form>
  );
}
