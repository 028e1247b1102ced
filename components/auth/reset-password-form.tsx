"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-muted-foreground">{t("resetIntro")}</p>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="newPassword" type="password" label={t("newPassword")} hint={t("passwordHint")} autoComplete="new-password" minLength={10} required errors={fieldErrors?.newPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? t("resetSaving") : t("resetSave")}
      </Button>
    </form>
  );
}
