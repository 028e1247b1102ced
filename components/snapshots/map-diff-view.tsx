"use client";
import { useTranslations } from "next-intl";
import type { CollectionDiff, MapDiff } from "@/lib/snapshots/diff-map-content";

const KINDS = ["phases", "steps", "touchpoints", "cards"] as const;
const nameOf = (item: { name?: string; text?: string }) => item.name ?? item.text ?? "";

/** What changed between two versions, per kind: added, removed, changed (with the fields). */
export function MapDiffView({ diff }: { diff: MapDiff }) {
  const t = useTranslations("reviews.diff");
  const total = KINDS.reduce((n, k) => n + diff[k].added.length + diff[k].removed.length + diff[k].changed.length, 0);
  if (total === 0) return <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm">{t("same")}</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {KINDS.map((kind) => {
        const d = diff[kind] as CollectionDiff<{ id: string; name?: string; text?: string }>;
        const count = d.added.length + d.removed.length + d.changed.length;
        return (
          <section key={kind} aria-labelledby={`diff-${kind}`} className="rounded-lg border border-border bg-card p-4 break-inside-avoid">
            <h3 id={`diff-${kind}`} className="font-semibold">
              {t(`kinds.${kind}`)} <span className="text-sm font-normal text-muted-foreground">({count})</span>
            </h3>
            {count === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noChanges")}</p>
            ) : (
              <ul className="mt-2 grid gap-1 text-sm">
                {d.added.map((x) => (
                  <li key={`a${x.id}`}>
                    <span className="mr-2 rounded bg-chart-3/15 px-1.5 text-xs font-medium text-chart-3">{t("added")}</span>
                    {nameOf(x)}
                  </li>
                ))}
                {d.removed.map((x) => (
                  <li key={`r${x.id}`}>
                    <span className="mr-2 rounded bg-chart-5/15 px-1.5 text-xs font-medium text-chart-5">{t("removed")}</span>
                    <span className="line-through">{nameOf(x)}</span>
                  </li>
                ))}
                {d.changed.map((c) => (
                  <li key={`c${c.after.id}`}>
                    <span className="mr-2 rounded bg-chart-4/15 px-1.5 text-xs font-medium text-chart-4">{t("changed")}</span>
                    {nameOf(c.before) !== nameOf(c.after) ? t("renamed", { from: nameOf(c.before), to: nameOf(c.after) }) : nameOf(c.after)}
                    <span className="text-muted-foreground"> — {c.fields.map((f) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : f)).join(", ")}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
