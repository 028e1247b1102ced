"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The portfolio's quarter, kept in the URL with the sort (?quarter=2026-Q3&sort=…). */
export function PortfolioQuarterPicker({ value, quarters }: { value: string; quarters: string[] }) {
  const t = useTranslations("dashboards.portfolio");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <div className="grid gap-1">
      <Label htmlFor="portfolio-quarter">{t("quarter")}</Label>
      <NativeSelect
        id="portfolio-quarter"
        value={value}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set("quarter", e.target.value);
          router.push(`${pathname}?${next}`);
        }}
      >
        {(quarters.includes(value) ? quarters : [value, ...quarters]).map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
