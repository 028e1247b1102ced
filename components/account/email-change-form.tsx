"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestEmailChangeAction } from "@/app/account/profile/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useKeepFieldsButPassword } from "@/components/ui/submit-keeping-fields";

/** A new address and, for accounts with one, the current password; the change waits for the link. */
export function EmailChangeForm({ hasPassword, mailConfigured }: { hasPassword: boolean; mailConfigured: boolean }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(requestEmailChangeAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const keep = useKeepFieldsButPassword(action, state && !state.ok ? state : null);
  if (!mailConfigured) return <p className="text-sm text-muted-foreground">{t("emailNoMail")}</p>;
  return (
    <form ref={keep.ref} action={action} onSubmit={keep.onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="newEmail" type="email" label={t("newEmail")} autoComplete="email" required errors={fieldErrors?.newEmail} />
      {hasPassword && (
        <FormField name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={fieldErrors?.currentPassword} />
      )}
      <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
        {pending ? t("emailSending") : t("emailSend")}
      </Button>
      {state?.ok && (
        <p role="status" className="text-sm">
          {t("emailSent", { email: state.data.sentTo })}
        </p>
      )}
    </form>
  );
}
