"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { TTouchpointEvidence } from "@/lib/evidence/client/evidence-schemas";
import { SCORE_METRICS } from "@/lib/evidence/client/score-badge";

const SOURCES = ["form", "csv", "api"] as const;

/** The newest customer comments on a touchpoint, each with its answers, date and where it came from. */
export function LatestComments({ comments }: { comments: TTouchpointEvidence["comments"] }) {
  const t = useTranslations("editor.evidence");
  const format = useFormatter();
  if (comments.length === 0) return <p className="text-sm text-muted-foreground">{t("noComments")}</p>;
  return (
    <ul className="grid gap-2" data-testid="touchpoint-comments">
      {comments.map((c) => {
        const source = SOURCES.find((s) => s === c.source);
        return (
          <li key={c.id} className="grid gap-1 rounded-md border border-border p-2 text-sm">
            <p className="whitespace-pre-wrap break-words">{c.comment}</p>
            <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
              <time dateTime={c.respondedAt}>{format.dateTime(new Date(c.respondedAt), { dateStyle: "medium" })}</time>
              {SCORE_METRICS.map((m) => c[m] != null && <span key={m}>{`${t(`metric.${m}`)} ${c[m]}`}</span>)}
              {source && <span>{t(`source.${source}`)}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
