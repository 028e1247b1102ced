"use client";
import { Plus, Trash2, Upload } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { createKpiAction, deleteKpiAction, setKpiValueAction } from "@/app/w/[slug]/evidence/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { KpiStatus } from "@/lib/evidence/kpi-status";
import { describeTypedPeriod, periodLabel, type PeriodKind } from "@/lib/evidence/periods";
import { EvidenceField } from "./evidence-field";
import { KpiCsvImport } from "./kpi-csv-import";
import { KpiSparkline } from "./kpi-sparkline";
import { KpiStatusChip } from "./kpi-status-chip";
import { useEvidenceMessage } from "./use-evidence-message";

export type KpiView = {
  id: string;
  name: string;
  unit: string;
  direction: "higher" | "lower";
  target: number;
  tolerance: number;
  periodKind: PeriodKind;
  values: Array<{ periodStart: string; value: number }>;
  latest: { periodStart: string; value: number; status: KpiStatus } | null;
};

/**
 * The KPIs of one touchpoint or phase: status, history and, for editors, new values and
 * new KPIs. `onChange` runs after each successful change (see FeedbackFormControls).
 */
export function KpiPanel({
  slug,
  subject,
  kpis,
  canWrite,
  onChange,
}: {
  slug: string;
  subject: { touchpointId: string } | { phaseId: string };
  kpis: KpiView[];
  canWrite: boolean;
  onChange?: () => void;
}) {
  const t = useTranslations("evidence.kpis");
  const [adding, setAdding] = useState(false);
  return (
    <div className="grid gap-2">
      {kpis.length === 0 && <p className="text-sm text-muted-foreground">{t("none")}</p>}
      <ul className="grid gap-2">
        {kpis.map((kpi) => (
          <KpiRow key={kpi.id} slug={slug} kpi={kpi} canWrite={canWrite} onChange={onChange} />
        ))}
      </ul>
      {canWrite &&
        (adding ? (
          <NewKpiForm slug={slug} subject={subject} onDone={() => setAdding(false)} onChange={onChange} />
        ) : (
          <Button type="button" size="sm" variant="ghost" className="justify-self-start" onClick={() => setAdding(true)}>
            <Plus className="h-4 w-4" aria-hidden />
            {t("add")}
          </Button>
        ))}
    </div>
  );
}

function KpiRow({ slug, kpi, canWrite, onChange }: { slug: string; kpi: KpiView; canWrite: boolean; onChange?: () => void }) {
  const t = useTranslations("evidence.kpis");
  const message = useEvidenceMessage();
  const [pending, startTransition] = useTransition();
  const [importing, setImporting] = useState(false);
  const unit = kpi.unit ? ` ${kpi.unit}` : "";
  return (
    <li className="grid gap-1 rounded-md border border-border p-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{kpi.name}</span>
        <KpiStatusChip status={kpi.latest?.status ?? null} />
        <span className="text-xs text-muted-foreground">
          {t(kpi.direction === "higher" ? "targetHigher" : "targetLower", { target: `${kpi.target}${unit}`, tolerance: `${kpi.tolerance}${unit}` })}
        </span>
        {canWrite && (
          <ConfirmDialog
            trigger={
              <Button type="button" size="icon" variant="ghost" className="ml-auto h-7 w-7" aria-label={t("delete", { name: kpi.name })} disabled={pending}>
                <Trash2 className="h-4 w-4" aria-hidden />
              </Button>
            }
            title={t("deleteTitle", { name: kpi.name })}
            description={t("deleteDescription")}
            confirmLabel={t("deleteConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={() =>
              startTransition(async () => {
                const result = await deleteKpiAction(slug, { kpiId: kpi.id });
                if (result.ok) {
                  toast.success(t("deleted"));
                  onChange?.();
                } else toast.error(message(result.error));
              })
            }
          />
        )}
      </div>
      {kpi.values.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <KpiSparkline values={kpi.values.map((v) => v.value)} target={kpi.target} />
          <span className="text-xs text-muted-foreground">
            {kpi.latest && t("latest", { period: periodLabel(kpi.latest.periodStart, kpi.periodKind), value: `${kpi.latest.value}${unit}` })}
          </span>
        </div>
      )}
      {canWrite && <KpiValueForm slug={slug} kpi={kpi} onChange={onChange} />}
      {canWrite && (
        <div className="grid gap-2">
          <Button
            type="button"
            size="sm"
            variant="ghost"
            className="justify-self-start"
            aria-expanded={importing}
            aria-label={t("importFor", { name: kpi.name })}
            onClick={() => setImporting(!importing)}
          >
            <Upload className="h-4 w-4" aria-hidden />
            {t("importCsv")}
          </Button>
          {importing && (
            <div className="rounded-md border border-dashed border-border p-3">
              <KpiCsvImport slug={slug} target={{ kpiId: kpi.id }} kpis={[{ id: kpi.id, name: kpi.name, periodKind: kpi.periodKind }]} onImported={onChange} />
            </div>
          )}
        </div>
      )}
    </li>
  );
}

function KpiValueForm({ slug, kpi, onChange }: { slug: string; kpi: KpiView; onChange?: () => void }) {
  const t = useTranslations("evidence.kpis");
  const message = useEvidenceMessage();
  const periodId = useId();
  const valueId = useId();
  const [state, action, pending] = useActionState(setKpiValueAction.bind(null, slug), null);
  const locale = useLocale();
  const [typed, setTyped] = useState("");
  const understood = typed.trim() === "" ? null : describeTypedPeriod(typed, kpi.periodKind, locale);
  useEffect(() => {
    if (state?.ok) toast.success(t("valueSaved"));
  }, [state, t]);
  useEffect(() => {
    if (state?.ok) onChange?.();
  }, [state, onChange]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const error = errors?.period?.[0] ?? errors?.value?.[0] ?? (state && !state.ok && !errors ? state.error : undefined);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={t("valueFor", { name: kpi.name })}>
      <input type="hidden" name="kpiId" value={kpi.id} />
      <div className="grid gap-1">
        <Label htmlFor={periodId} className="text-xs">
          {t(kpi.periodKind === "month" ? "periodMonth" : "periodQuarter")}
        </Label>
        {/* Plain text: people type "nov 2026" or "Q4 2026"; the line below says what was read. */}
        <Input
          id={periodId}
          name="period"
          required
          autoComplete="off"
          placeholder={kpi.periodKind === "month" ? "2026-11" : "Q4 2026"}
          aria-describedby={`${periodId}-read`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          className="h-8 w-40"
        />
        <p id={`${periodId}-read`} aria-live="polite" className="min-h-4 text-xs text-muted-foreground">
          {typed.trim() === ""
            ? ""
            : understood
              ? t("understood", { period: understood })
              : t("notUnderstood", { kind: kpi.periodKind })}
        </p>
      </div>
      <div className="grid gap-1">
        <Label htmlFor={valueId} className="text-xs">
          {t("value")}
        </Label>
        <Input id={valueId} name="value" inputMode="decimal" required className="h-8 w-24" />
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t("saveValue")}
      </Button>
      {error && (
        <p role="alert" className="w-full text-xs text-destructive">
          {message(error)}
        </p>
      )}
    </form>
  );
}

function NewKpiForm({
  slug,
  subject,
  onDone,
  onChange,
}: {
  slug: string;
  subject: { touchpointId: string } | { phaseId: string };
  onDone: () => void;
  onChange?: () => void;
}) {
  const t = useTranslations("evidence.kpis");
  const message = useEvidenceMessage();
  const directionId = useId();
  const periodId = useId();
  const ref = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(createKpiAction.bind(null, slug), null);
  useEffect(() => {
    if (state?.ok) {
      toast.success(t("created"));
      onDone();
    }
  }, [state, t, onDone]);
  useEffect(() => {
    if (state?.ok) onChange?.();
  }, [state, onChange]);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const err = (k: string) => fe?.[k];
  return (
    <form ref={ref} action={action} className="grid gap-3 rounded-md border border-dashed border-border p-3" aria-label={t("add")} noValidate>
      {"touchpointId" in subject ? <input type="hidden" name="touchpointId" value={subject.touchpointId} /> : <input type="hidden" name="phaseId" value={subject.phaseId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <EvidenceField name="name" label={t("name")} required errors={err("name")} placeholder={t("namePlaceholder")} />
        <EvidenceField name="unit" label={t("unit")} errors={err("unit")} placeholder={t("unitPlaceholder")} />
        <div className="grid gap-1.5">
          <Label htmlFor={directionId}>{t("direction")}</Label>
          <NativeSelect id={directionId} name="direction" defaultValue="higher">
            <option value="higher">{t("higher")}</option>
            <option value="lower">{t("lower")}</option>
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={periodId}>{t("periodKind")}</Label>
          <NativeSelect id={periodId} name="periodKind" defaultValue="month">
            <option value="month">{t("month")}</option>
            <option value="quarter">{t("quarter")}</option>
          </NativeSelect>
        </div>
        <EvidenceField name="target" label={t("target")} inputMode="decimal" required errors={err("target")} hint={t("targetHint")} />
        <EvidenceField name="tolerance" label={t("tolerance")} inputMode="decimal" errors={err("tolerance")} hint={t("toleranceHint")} />
      </div>
      {state && !state.ok && !fe && (
        <p role="alert" className="text-sm text-destructive">
          {message(state.error)}
        </p>
      )}
      {fe?.touchpointId && (
        <p role="alert" className="text-sm text-destructive">
          {message(fe.touchpointId[0])}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
