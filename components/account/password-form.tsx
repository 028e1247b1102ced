"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { changePasswordAction } from "@/app/account/password/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** Current and new password; on success the other browsers are signed out and the form empties. */
export function PasswordForm() {
  const t = useTranslations("account");
  const shared = useErrorMessage();
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const form = useRef<HTMLFormElement>(null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formatError = (key: string) => (t.has(`passwordErrors.${key}`) ? t(`passwordErrors.${key}`) : shared(key));
  useEffect(() => {
    if (state?.ok) {
      toast.success(t("passwordChanged", { count: state.data.endedSessions }));
      form.current?.reset();
    }
  }, [state, t]);
  return (
    <form ref={form} action={action} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} errors={fieldErrors?.currentPassword} formatError={formatError} required />
      <FormField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        errors={fieldErrors?.newPassword}
        formatError={formatError}
        minLength={10}
        required
      />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("passwordSaving") : t("passwordSave")}
      </Button>
      {state?.ok && (
        <p role="status" className="text-sm text-muted-foreground">
          {t("passwordChanged", { count: state.data.endedSessions })}
        </p>
      )}
    </form>
  );
}
