"use client";
import { useTranslations } from "next-intl";
import type { MapContent } from "@/lib/journey/map-document";

/**
 * A read-only grid of a map's content: phases over their steps, one row per visible
 * lane, the cards of each cell as a list and the emotion lane as values. Plain data
 * only (a snapshot, an export), so nothing here can change a map.
 */
export function MapGridView({ content, id }: { content: MapContent; id?: string }) {
  const t = useTranslations("reviews.grid");
  const laneKinds = useTranslations("editor.laneKinds");
  const channels = useTranslations("editor.channels");
  const statuses = useTranslations("editor.statuses");
  const lanes = content.lanes.filter((l) => !l.hidden);
  const steps = content.steps;
  if (content.phases.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  const cardsIn = (laneId: string, stepId: string) => content.cards.filter((c) => c.laneId === laneId && c.stepId === stepId);
  return (
    <div id={id} className="overflow-x-auto bg-background">
      <table className="border-collapse text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <td />
            {content.phases.map((p) => {
              const span = steps.filter((s) => s.phaseId === p.id).length;
              return span === 0 ? null : (
                <th key={p.id} scope="colgroup" colSpan={span} className="border border-border bg-primary/10 px-2 py-1 text-left">
                  {p.name}
                </th>
              );
            })}
          </tr>
          <tr>
            <td />
            {steps.map((s) => (
              <th key={s.id} scope="col" className="min-w-40 border border-border bg-muted px-2 py-1 text-left font-medium">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => (
            <tr key={lane.id}>
              <th scope="row" className="w-40 border border-border bg-muted px-2 py-1 text-left align-top font-medium">
                {lane.name || laneKinds(lane.kind)}
              </th>
              {steps.map((s) => (
                <td key={s.id} className="border border-border px-2 py-1 align-top">
                  {lane.kind === "emotion" ? (
                    <span className="tabular-nums">{s.emotion == null ? "" : s.emotion > 0 ? `+${s.emotion}` : s.emotion}</span>
                  ) : (
                    <ul className="grid gap-1">
                      {cardsIn(lane.id, s.id).map((c) => (
                        <li key={c.id} className="rounded border border-border bg-card px-1.5 py-1">
                          {c.text}
                          {c.kind === "touchpoint" && c.channel && <span className="block text-xs text-muted-foreground">{channels(c.channel)}</span>}
                          {c.kind === "opportunity" && c.status && (
                            <span className="block text-xs text-muted-foreground">{[statuses(c.status), c.owner, c.dueDate].filter(Boolean).join(" · ")}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
