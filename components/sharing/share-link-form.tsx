"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { createShareLinkAction } from "@/app/w/[slug]/maps/[mapId]/share/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";

/** Makes a share link: with or without the dashboard, an optional password and last day. */
export function ShareLinkForm({ slug, mapId, today }: { slug: string; mapId: string; today: string }) {
  const t = useTranslations("sharing.manage");
  const tErrors = useTranslations("sharing.errors");
  const [state, action, pending] = useActionState(createShareLinkAction.bind(null, slug, mapId), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formatError = (key: string) => (tErrors.has(key) ? tErrors(key) : undefined);
  useEffect(() => {
    if (state?.ok) toast.success(t("created"));
  }, [state, t]);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="includeDashboard" className="mt-0.5 accent-primary" />
        {t("includeDashboard")}
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint")} errors={fieldErrors?.password} formatError={formatError} />
        <FormField name="expiresOn" type="date" min={today} label={t("expiresOn")} hint={t("expiresOnHint")} errors={fieldErrors?.expiresOn} formatError={formatError} />
      </div>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
