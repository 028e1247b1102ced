"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { updateWorkspaceRegionAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * The workspace's language and time zone. `timeZones` is the server's list (the one it
 * validates against), passed down so the choices and the check are the same.
 */
export function WorkspaceRegionForm({ slug, locale, timeZone, timeZones }: { slug: string; locale: string; timeZone: string; timeZones: readonly string[] }) {
  const t = useTranslations("workspace.region");
  const languages = useTranslations("shell.languages");
  const [state, action, pending] = useActionState(updateWorkspaceRegionAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) toast.success(state.data.changed ? t("saved") : t("unchanged"));
    else if (state && !state.ok) toast.error(t("notSaved"));
  }, [state, t]);
  // A zone stored before the runtime's list changed is shown as current but marked: saving asks for a listed one.
  const retired = timeZones.includes(timeZone) ? null : timeZone;
  const current = state?.ok ? state.data : { locale, timeZone };
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <Field label={t("locale")} hint={t("localeHint")} errors={fieldErrors?.locale}>
        {(control) => (
          <NativeSelect {...control} name="locale" defaultValue={current.locale} key={`l-${current.locale}`}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {languages(l)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t("timeZone")} hint={t("timeZoneHint")} errors={fieldErrors?.timeZone}>
        {(control) => (
          <NativeSelect {...control} name="timeZone" defaultValue={current.timeZone} key={`z-${current.timeZone}`}>
            {retired && <option value={retired}>{t("retiredZone", { zone: retired })}</option>}
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
