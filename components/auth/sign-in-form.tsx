"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useKeepFieldsButPassword } from "@/components/ui/submit-keeping-fields";

export function SignInForm({ callbackUrl, email, notice, providerError }: { callbackUrl: string; email?: string; notice?: "resetDone" | "accountDeleted"; providerError?: "AccessDenied" | "other" }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signInAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const keep = useKeepFieldsButPassword(action, state && !state.ok ? state : null);
  return (
    <form ref={keep.ref} action={action} onSubmit={keep.onSubmit} className="grid gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {notice && !state && (
        <p role="status" className="rounded-md bg-muted p-3 text-sm">
          {t(notice)}
        </p>
      )}
      {providerError && !state && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {t(providerError === "AccessDenied" ? "providerDenied" : "providerFailed")}
        </p>
      )}
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="email" type="email" label={t("email")} autoComplete="email" defaultValue={email} required errors={fieldErrors?.email} />
      <FormField name="password" type="password" label={t("password")} autoComplete="current-password" required errors={fieldErrors?.password} />
      <Link className="-mt-2 justify-self-start text-sm text-primary underline" href="/forgot-password">
        {t("forgotLink")}
      </Link>
      <Button type="submit" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
      <p className="text-sm text-muted-foreground">
        {t("noAccount")}{" "}
        <Link className="text-primary underline" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("signUp")}
        </Link>
      </p>
    </form>
  );
}
