"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Picks the quarter under review; it lives in the URL (?quarter=2026-Q2). */
export function QuarterPicker({ value, quarters, reviewed }: { value: string; quarters: string[]; reviewed: string[] }) {
  const t = useTranslations("reviews");
  const router = useRouter();
  const pathname = usePathname();
  const done = new Set(reviewed);
  return (
    <div className="grid gap-1 print:hidden">
      <Label htmlFor="review-quarter">{t("quarter")}</Label>
      <NativeSelect id="review-quarter" value={value} onChange={(e) => router.push(`${pathname}?quarter=${e.target.value}`)}>
        {quarters.map((q) => (
          <option key={q} value={q}>
            {done.has(q) ? t("quarterReviewed", { quarter: q }) : q}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
