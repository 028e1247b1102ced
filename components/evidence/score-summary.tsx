"use client";
import { useFormatter, useTranslations } from "next-intl";
import { formatScore } from "@/lib/dashboards/score-format";
import type { TouchpointScore } from "@/lib/evidence/touchpoint-scores";
import { cn } from "@/lib/utils";

/**
 * A touchpoint's live score as a compact badge: headline numbers and the response
 * count, tinted red to green. Usable on map cards and in lists.
 */
export function ScoreSummary({ score, className }: { score: TouchpointScore | undefined; className?: string }) {
  const t = useTranslations("evidence.scores");
  const format = useFormatter();
  if (!score || score.responses === 0) {
    return <span className={cn("text-xs text-muted-foreground", className)}>{t("none")}</span>;
  }
  const parts = [
    score.csat != null && t("csat", { value: formatScore(format, "csat", score.csat) }),
    score.nps != null && t("nps", { value: formatScore(format, "nps", score.nps) }),
    score.ces != null && t("ces", { value: formatScore(format, "ces", score.ces) }),
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
