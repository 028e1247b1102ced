"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useKeepFieldsButPassword } from "@/components/ui/submit-keeping-fields";

export function SignUpForm({ callbackUrl, email, invitation }: { callbackUrl: string; email?: string; invitation?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(signUpAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const keep = useKeepFieldsButPassword(action, state && !state.ok ? state : null);
  return (
    <form ref={keep.ref} action={action} onSubmit={keep.onSubmit} className="grid gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      {invitation && <input type="hidden" name="invitation" value={invitation} />}
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="name" label={t("name")} autoComplete="name" required errors={fieldErrors?.name} />
      <FormField name="email" type="email" label={t("email")} autoComplete="email" defaultValue={email} required errors={fieldErrors?.email} />
      <FormField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={fieldErrors?.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("creatingAccount") : t("createAccount")}
      </Button>
      <p className="text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link className="text-primary underline" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
