"use client";
import { ChevronDown, ChevronRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { formatScore } from "@/lib/dashboards/score-format";
import type { KpiStatus } from "@/lib/evidence/kpi-status";
import type { MapEvidenceGroup } from "@/lib/evidence/map-evidence-overview";
import { CHANNELS } from "@/lib/journey/map-vocabulary";
import { cn } from "@/lib/utils";
import { FeedbackFormControls } from "./feedback-form-controls";
import { KpiPanel } from "./kpi-panel";
import { KpiStatusChip } from "./kpi-status-chip";

type Touchpoint = MapEvidenceGroup["touchpoints"][number];
const COLUMNS = 9;
const WORST_FIRST: Array<KpiStatus | null> = ["off", "near", "on", null];

/**
 * Feedback & KPIs of one map as one table: a row per touchpoint under its phase, with
 * responses, scores, the form's state and its KPIs at a glance; "Form and KPIs" opens the
 * row's controls beneath it, and each phase row opens that phase's KPIs.
 */
export function EvidenceTable({ slug, groups, baseUrl, canWrite }: { slug: string; groups: MapEvidenceGroup[]; baseUrl: string; canWrite: boolean }) {
  const t = useTranslations("evidence.table");
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-border bg-muted/50 text-left text-xs text-muted-foreground">
            <th scope="col" className="px-3 py-2 font-medium">{t("touchpoint")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("channel")}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">{t("responses")}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">CSAT</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">NPS</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">CES</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("form")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("kpis")}</th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => {
          const phaseKey = `phase:${group.phaseId ?? "none"}`;
          const phaseOpen = open.has(phaseKey);
          const phaseName = group.phaseId ? group.name : t("noPhase");
          return (
            <tbody key={phaseKey} className="border-b border-border last:border-0">
              <tr className="bg-muted/30">
                <th scope="colgroup" colSpan={COLUMNS - 2} className="px-3 py-2 text-left font-semibold">
                  {phaseName}
                  <span className="ml-2 text-xs font-normal text-muted-foreground">{t("touchpointCount", { count: group.touchpoints.length })}</span>
                </th>
                <td className="px-3 py-2">{group.phaseId && <KpiSummary statuses={group.kpis.map((k) => k.latest?.status ?? null)} />}</td>
                <td className="px-3 py-2 text-right">
                  {group.phaseId && (
                    <ToggleButton open={phaseOpen} controls={`${phaseKey}-panel`} onClick={() => toggle(phaseKey)} label={t("phaseKpis")} name={t("phaseKpisOf", { phase: phaseName })} />
                  )}
                </td>
              </tr>
              {phaseOpen && group.phaseId && (
                <tr id={`${phaseKey}-panel`}>
                  <td colSpan={COLUMNS} className="bg-muted/20 px-3 py-3">
                    <h3 className="mb-2 text-sm font-medium">{t("phaseKpisTitle", { phase: phaseName })}</h3>
                    <KpiPanel slug={slug} subject={{ phaseId: group.phaseId }} kpis={group.kpis} canWrite={canWrite} />
                  </td>
                </tr>
              )}
              {group.touchpoints.length === 0 && (
                <tr>
                  <td colSpan={COLUMNS} className="px-3 py-2 text-muted-foreground">
                    {t("phaseEmpty")}
                  </td>
                </tr>
              )}
              {group.touchpoints.map((tp) => (
                <TouchpointRow key={tp.id} slug={slug} touchpoint={tp} baseUrl={baseUrl} canWrite={canWrite} open={open.has(tp.id)} onToggle={() => toggle(tp.id)} />
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function TouchpointRow({ slug, touchpoint: tp, baseUrl, canWrite, open, onToggle }: { slug: string; touchpoint: Touchpoint; baseUrl: string; canWrite: boolean; open: boolean; onToggle: () => void }) {
  const t = useTranslations("evidence.table");
  const channels = useTranslations("editor.channels");
  const format = useFormatter();
  const score = tp.score && tp.score.responses > 0 ? tp.score : null;
  const known = tp.channel && (CHANNELS as readonly string[]).includes(tp.channel);
  const panelId = `evidence-panel-${tp.id}`;
  const figure = (metric: "csat" | "nps" | "ces") => (score?.[metric] == null ? "—" : formatScore(format, metric, score[metric]));
  return (
    <Fragment>
      <tr data-testid={`evidence-touchpoint-${tp.id}`} className="border-t border-border/60" style={score?.tint ? { boxShadow: `inset 4px 0 0 ${score.tint.color}` } : undefined}>
        <th scope="row" className="px-3 py-2 text-left font-medium">
          {tp.name}
        </th>
        <td className="px-3 py-2 text-muted-foreground">{known ? channels(tp.channel!) : "—"}</td>
        <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{score ? format.number(score.responses) : <span className="text-xs text-muted-foreground">{t("noFeedback")}</span>}</td>
        <td className="px-3 py-2 text-right tabular-nums">{figure("csat")}</td>
        <td className="px-3 py-2 text-right tabular-nums">{figure("nps")}</td>
        <td className="px-3 py-2 text-right tabular-nums">{figure("ces")}</td>
        <td className="whitespace-nowrap px-3 py-2">
          <FormState form={tp.form} />
        </td>
        <td className="px-3 py-2">
          <KpiSummary statuses={tp.kpis.map((k) => k.latest?.status ?? null)} />
        </td>
        <td className="px-3 py-2 text-right">
          <ToggleButton open={open} controls={panelId} onClick={onToggle} label={t("manage")} name={t("manageOf", { touchpoint: tp.name })} />
        </td>
      </tr>
      {open && (
        <tr id={panelId}>
          <td colSpan={COLUMNS} className="bg-muted/20 px-3 py-3">
            <div className="grid gap-4 md:grid-cols-2">
              <section aria-label={t("formOf", { touchpoint: tp.name })} className="grid content-start gap-1">
                <h3 className="text-sm font-medium">{t("formOf", { touchpoint: tp.name })}</h3>
                <FeedbackFormControls slug={slug} touchpointId={tp.id} touchpointName={tp.name} form={tp.form} baseUrl={baseUrl} canWrite={canWrite} />
              </section>
              <section aria-label={t("kpisOf", { touchpoint: tp.name })} className="grid content-start gap-1">
                <h3 className="text-sm font-medium">{t("kpisOf", { touchpoint: tp.name })}</h3>
                <KpiPanel slug={slug} subject={{ touchpointId: tp.id }} kpis={tp.kpis} canWrite={canWrite} />
              </section>
            </div>
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function ToggleButton({ open, controls, onClick, label, name }: { open: boolean; controls: string; onClick: () => void; label: string; name: string }) {
  const Icon = open ? ChevronDown : ChevronRight;
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-label={name}
      aria-controls={open ? controls : undefined}
      onClick={onClick}
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-md px-2 py-1 text-xs font-medium text-primary hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
    >
      <Icon className="h-4 w-4" aria-hidden />
      {label}
    </button>
  );
}

function FormState({ form }: { form: Touchpoint["form"] }) {
  const t = useTranslations("evidence.table");
  if (!form) return <span className="text-muted-foreground">{t("formNone")}</span>;
  const paused = form.pausedAt !== null;
  return <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", paused ? "bg-muted text-muted-foreground" : "bg-green-50 text-green-800")}>{t(paused ? "formPaused" : "formOpen")}</span>;
}

/** How many KPIs, and the worst status among them: the rest is one click away. */
function KpiSummary({ statuses }: { statuses: Array<KpiStatus | null> }) {
  const t = useTranslations("evidence.table");
  if (statuses.length === 0) return <span className="text-muted-foreground">{t("kpiNone")}</span>;
  const worst = WORST_FIRST.find((s) => statuses.includes(s)) ?? null;
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <span className="tabular-nums">{t("kpiCount", { count: statuses.length })}</span>
      <KpiStatusChip status={worst} />
    </span>
  );
}
