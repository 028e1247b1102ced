"use client";
import { useTranslations } from "next-intl";
import type { KpiStatus } from "@/lib/evidence/kpi-status";
import { cn } from "@/lib/utils";

const STYLE: Record<KpiStatus | "unmeasured", string> = {
  on: "border-green-600 bg-green-50 text-green-800",
  near: "border-amber-500 bg-amber-50 text-amber-800",
  off: "border-red-600 bg-red-50 text-red-800",
  unmeasured: "border-border bg-muted text-muted-foreground",
};

/** On / near / off target (or not measured yet), in words as well as colour. */
export function KpiStatusChip({ status }: { status: KpiStatus | null }) {
  const t = useTranslations("evidence.kpiStatus");
  const key = status ?? "unmeasured";
  return <span className={cn("rounded-full border px-2 py-0.5 text-xs font-medium", STYLE[key])}>{t(key)}</span>;
}
