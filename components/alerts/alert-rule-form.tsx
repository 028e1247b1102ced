"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { toast } from "sonner";
import { createAlertRuleAction } from "@/app/w/[slug]/alerts/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { ALERT_KINDS, type AlertKind } from "@/db/schema/alerts";
import type { AlertSubjectMap } from "@/lib/alerts/alert-subjects";

/** A new rule: when it fires, on what, and its numbers (only the ones its kind uses are shown). */
export function AlertRuleForm({ slug, maps }: { slug: string; maps: AlertSubjectMap[] }) {
  const t = useTranslations("alerts");
  const tErrors = useTranslations("alerts.errors");
  const [kind, setKind] = useState<AlertKind>("csat_below");
  const [state, action, pending] = useActionState(createAlertRuleAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formatError = (key: string) => (tErrors.has(key) ? tErrors(key) : undefined);
  useEffect(() => {
    if (state?.ok) toast.success(t("created"));
  }, [state, t]);
  const finer = kind === "csat_below";
  const wholeWorkspace = kind === "kpi_off_target" || kind === "low_score_comment";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("kind")} errors={fieldErrors?.kind} formatError={formatError}>
          {(control) => (
            <NativeSelect {...control} name="kind" value={kind} onChange={(e) => setKind(ALERT_KINDS.find((k) => k === e.target.value) ?? "csat_below")}>
              {ALERT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label={t("subject")} errors={fieldErrors?.subject} formatError={formatError}>
          {(control) => (
            <NativeSelect {...control} name="subject" key={kind} defaultValue={wholeWorkspace ? "workspace" : maps[0] ? `map:${maps[0].id}` : ""}>
              {wholeWorkspace && <option value="workspace">{t("allMaps")}</option>}
              {maps.map((m) => (
                <optgroup key={m.id} label={m.name}>
                  <option value={`map:${m.id}`}>{t("mapOption", { name: m.name })}</option>
                  {finer && m.phases.map((p) => <option key={p.id} value={`phase:${p.id}`}>{t("phaseOption", { map: m.name, name: p.name })}</option>)}
                  {finer && m.touchpoints.map((tp) => <option key={tp.id} value={`touchpoint:${tp.id}`}>{t("touchpointOption", { map: m.name, name: tp.name })}</option>)}
                </optgroup>
              ))}
            </NativeSelect>
          )}
        </Field>
      </div>
      {(kind === "csat_below" || kind === "nps_drop") && (
        <div className="grid gap-4 sm:grid-cols-3" key={kind}>
          <FormField name="threshold" type="number" inputMode="decimal" min={0} max={kind === "csat_below" ? 100 : 200} defaultValue={kind === "csat_below" ? 70 : 10} label={kind === "csat_below" ? t("thresholdCsat") : t("thresholdNps")} errors={fieldErrors?.threshold} formatError={formatError} />
          {kind === "csat_below" && <FormField name="windowDays" type="number" min={1} max={365} defaultValue={30} label={t("windowDays")} errors={fieldErrors?.windowDays} formatError={formatError} />}
          <FormField name="minAnswers" type="number" min={1} defaultValue={10} label={t("minAnswers")} errors={fieldErrors?.minAnswers} formatError={formatError} />
        </div>
      )}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
