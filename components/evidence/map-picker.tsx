"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { rememberEvidenceMap } from "@/lib/evidence/evidence-map-cookie";

/** Chooses which map the evidence page shows; the choice lives in the URL (?map=…) and is remembered for the next visit. */
export function MapPicker({ maps, current }: { maps: Array<{ id: string; name: string }>; current: string }) {
  const t = useTranslations("evidence");
  const id = useId();
  const router = useRouter();
  const pathname = usePathname();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{t("map")}</Label>
      <NativeSelect id={id} value={current} onChange={(e) => {
          rememberEvidenceMap(pathname.replace(/\/evidence\/.*$/, "/evidence"), e.target.value);
          router.push(`${pathname}?map=${e.target.value}`);
        }} className="min-w-56">
        {maps.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
