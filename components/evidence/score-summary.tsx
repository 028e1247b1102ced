"use client";
import { useTranslations } from "next-intl";
import type { TouchpointScore } from "@/lib/evidence/touchpoint-scores";
import { cn } from "@/lib/utils";

const fmt = (value: number, digits: number) => value.toLocaleString(undefined, { maximumFractionDigits: digits });

/**
 * A touchpoint's live score as a compact badge: headline numbers and the response
 * count, tinted red to green. Usable on map cards and in lists.
 */
export function ScoreSummary({ score, className }: { score: TouchpointScore | undefined; className?: string }) {
  const t = useTranslations("evidence.scores");
  if (!score || score.responses === 0) {
    return <span className={cn("text-xs text-muted-foreground", className)}>{t("none")}</span>;
  }
  const parts = [
    score.csat != null && t("csat", { value: fmt(score.csat, 0) }),
    score.nps != null && t("nps", { value: fmt(score.nps, 0) }),
    score.ces != null && t("ces", { value: fmt(score.ces, 1) }),
  ].filter(Boolean);
  return (
    <span
      className={cn("inline-flex flex-wrap items-center gap-x-2 rounded-md border px-2 py-0.5 text-xs font-medium", className)}
      style={score.tint ? { borderColor: score.tint.color, background: score.tint.background, color: score.tint.color } : undefined}
    >
      {parts.map((p) => (
        <span key={String(p)}>{p}</span>
      ))}
      <span className="font-normal opacity-80">{t("responses", { count: score.responses })}</span>
    </span>
  );
}
