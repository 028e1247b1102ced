"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { updatePrivacySettingsAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/form-field";
import { NativeSelect, Textarea } from "@/components/ui/input";
import { CONSENT_TEXT_MAX, RETENTION_MONTHS } from "@/lib/privacy/schemas";

const MONTH_CHOICES = [3, 6, 12, 18, 24, 36, 48, 60].filter((m) => m >= RETENTION_MONTHS.min && m <= RETENTION_MONTHS.max);

/** How long raw feedback is kept, what happens after, and the consent line of public forms. */
export function PrivacySettingsForm({
  slug,
  retentionMonths,
  retentionMode,
  consentText,
}: {
  slug: string;
  retentionMonths: number | null;
  retentionMode: "anonymise" | "delete";
  consentText: string | null;
}) {
  const t = useTranslations("workspace.privacy");
  const [state, action, pending] = useActionState(updatePrivacySettingsAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) toast.success(t("saved"));
  }, [state, t]);
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <Field label={t("retention")} hint={t("retentionHint")} errors={fieldErrors?.retentionMonths}>
        {(control) => (
          <NativeSelect {...control} name="retentionMonths" defaultValue={retentionMonths === null ? "" : String(retentionMonths)}>
            <option value="">{t("noLimit")}</option>
            {MONTH_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t("months", { count: m })}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t("mode")} errors={fieldErrors?.retentionMode}>
        {(control) => (
          <NativeSelect {...control} name="retentionMode" defaultValue={retentionMode}>
            <option value="anonymise">{t("modeAnonymise")}</option>
            <option value="delete">{t("modeDelete")}</option>
          </NativeSelect>
        )}
      </Field>
      <Field label={t("consent")} hint={t("consentHint")} errors={fieldErrors?.consentText}>
        {(control) => <Textarea {...control} name="consentText" rows={3} maxLength={CONSENT_TEXT_MAX} defaultValue={consentText ?? ""} placeholder={t("consentPlaceholder")} />}
      </Field>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
