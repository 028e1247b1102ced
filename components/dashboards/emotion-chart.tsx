"use client";
import { useTranslations } from "next-intl";
import { useFormatter } from "next-intl";
import { Chart } from "@/components/ui/chart";
import { formatEmotion, formatGap, gapDirection } from "@/lib/dashboards/score-format";

export type EmotionRow = { label: string; assumed: number | null; measured: number | null; gap: number | null; answers: number; href: string | null };

/**
 * The team's assumed emotion curve against the emotion measured from CSAT, per step,
 * on the map's -2..+2 scale, with the largest gaps spelled out beneath.
 */
export function EmotionChart({ rows, gaps, fileName }: { rows: EmotionRow[]; gaps: EmotionRow[]; fileName: string }) {
  const t = useTranslations("dashboards.emotion");
  const format = useFormatter();
  const signed = (v: number) => formatEmotion(format, v);
  // One sign convention (assumed − measured), always with its meaning in words.
  const gapCell = (gap: number) => t("gapCell", { gap: formatGap(format, gap), direction: t(`gapWord.${gapDirection(gap)}`) });
  return (
    <div className="grid gap-3">
      <Chart<EmotionRow>
        title={t("title")}
        description={t("description")}
        data={rows}
        categoryKey="label"
        series={[
          { key: "assumed", label: t("assumed"), color: 1, shape: "line", format: signed },
          { key: "measured", label: t("measured"), color: 4, shape: "line", format: signed },
        ]}
        columns={[
          { id: "gap", label: t("gap"), value: (r) => (r.gap == null ? "—" : gapCell(r.gap)) },
          { id: "answers", label: t("answers"), value: (r) => format.number(r.answers) },
        ]}
        domain={[-2, 2]}
        referenceLines={[{ value: 0 }]}
        hrefKey="href"
        empty={{ title: t("emptyTitle"), hint: t("emptyHint") }}
        fileName={`${fileName}-emotion`}
      />
      {gaps.length > 0 && (
        <section aria-labelledby="largest-gaps" className="rounded-lg border border-chart-4/40 bg-chart-4/5 p-4">
          <h3 id="largest-gaps" className="font-semibold">
            {t("gapsTitle")}
          </h3>
          <ul className="mt-2 grid gap-1 text-sm">
            {gaps.map((g) => (
              <li key={g.label}>
                {t(g.gap! > 0 ? "gapOptimistic" : "gapPessimistic", {
                  step: g.label,
                  assumed: signed(g.assumed!),
                  measured: signed(g.measured!),
                  gap: formatGap(format, g.gap!),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
