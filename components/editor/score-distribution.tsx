"use client";
import { useTranslations } from "next-intl";
import type { ScoreMetric } from "@/lib/evidence/client/score-badge";
import { tintFromNormalised } from "@/lib/evidence/scores";

/**
 * How customers answered one scale, as a small column per answer value coloured from
 * red (worst answer) to green (best). Each column also says its value and count in
 * words for screen readers; the figure is the whole of the information.
 */
export function ScoreDistribution({ metric, counts }: { metric: ScoreMetric; counts: Array<{ value: number; count: number }> }) {
  const t = useTranslations("editor.evidence");
  const total = counts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  const most = Math.max(...counts.map((c) => c.count));
  const lo = counts[0]!.value;
  const hi = counts.at(-1)!.value;
  return (
    <figure className="grid gap-1" data-testid={`score-distribution-${metric}`}>
      <figcaption className="text-xs font-medium">{t("distributionOf", { metric: t(`metric.${metric}`), count: total })}</figcaption>
      <ol className="flex h-16 items-end gap-0.5">
        {counts.map(({ value, count }) => {
          const share = Math.round((count / total) * 100);
          return (
            <li key={value} className="flex h-full flex-1 flex-col items-center justify-end gap-0.5" title={t("answerShare", { value, count, share })}>
              <span
                aria-hidden
                className="w-full rounded-t-sm"
                style={{ height: `${count === 0 ? 0 : Math.max(6, (count / most) * 100)}%`, background: tintFromNormalised((value - lo) / (hi - lo || 1))!.color }}
              />
              <span aria-hidden className="text-[10px] leading-none text-muted-foreground">
                {value}
              </span>
              <span className="sr-only">{t("answerShare", { value, count, share })}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
