"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forgotPasswordAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";

/** One field; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ email }: { email?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(forgotPasswordAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    return (
      <div className="grid gap-3 text-sm" role="status">
        <p>{t("forgotSent")}</p>
        {!state.data.mailConfigured && <p className="text-muted-foreground">{t("forgotNoMail")}</p>}
        <Link className="text-primary underline" href="/sign-in">
          {t("backToSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} onSubmit={submitKeepingFields(action)} className="grid gap-4" noValidate>
      <p className="text-sm text-muted-foreground">{t("forgotIntro")}</p>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="email" type="email" label={t("email")} autoComplete="email" defaultValue={email} required errors={fieldErrors?.email} />
      <Button type="submit" disabled={pending}>
        {pending ? t("forgotSending") : t("forgotSend")}
      </Button>
      <Link className="text-sm text-primary underline" href="/sign-in">
        {t("backToSignIn")}
      </Link>
    </form>
  );
}
