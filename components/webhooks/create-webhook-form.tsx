"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { createWebhookAction } from "@/app/w/[slug]/settings/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "@/db/schema/webhooks";

export function CreateWebhookForm({ slug }: { slug: string }) {
  const t = useTranslations("webhooks");
  const tErrors = useTranslations("webhooks.errors");
  const [state, action, pending] = useActionState(createWebhookAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formatError = (key: string) => (tErrors.has(key) ? tErrors(key) : undefined);
  useEffect(() => {
    if (state?.ok) toast.success(t("created"));
  }, [state, t]);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="url" type="url" label={t("url")} hint={t("urlHint")} placeholder="https://" required errors={fieldErrors?.url} formatError={formatError} />
      <fieldset className="grid gap-2" aria-describedby={fieldErrors?.events ? "webhook-events-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("events")}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="events" value={event} defaultChecked={event === "feedback.created"} className="accent-primary" />
            {t(`eventNames.${event.replace(".", "_")}`)} <code className="text-xs text-muted-foreground">{event}</code>
          </label>
        ))}
        {fieldErrors?.events && (
          <p id="webhook-events-error" role="alert" className="text-xs text-destructive">
            {formatError(fieldErrors.events[0]!) ?? fieldErrors.events[0]}
          </p>
        )}
      </fieldset>
      <Field label={t("format")}>
        {(control) => (
          <NativeSelect {...control} name="format" defaultValue="json" className="max-w-sm">
            {WEBHOOK_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`formats.${f}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
