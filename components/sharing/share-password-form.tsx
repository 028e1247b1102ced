"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { unlockShareAction } from "@/app/s/[token]/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";

/** The password of a protected share link; once right, the page shows the map. */
export function SharePasswordForm({ token }: { token: string }) {
  const t = useTranslations("sharing.view");
  const tErrors = useTranslations("sharing.errors");
  const router = useRouter();
  const [state, action, pending] = useActionState(unlockShareAction.bind(null, token), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formatError = (key: string) => (tErrors.has(key) ? tErrors(key) : undefined);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const formError = state && !state.ok && !fieldErrors ? state.error : null;
  return (
    <form action={action} className="grid gap-3" noValidate>
      {formError && (tErrors.has(formError) ? <p role="alert" className="text-sm text-destructive">{tErrors(formError)}</p> : <FormError error={formError} />)}
      <FormField name="password" type="password" autoComplete="off" label={t("password")} required errors={fieldErrors?.password} formatError={formatError} />
      <Button type="submit" disabled={pending}>
        {pending ? t("unlocking") : t("unlock")}
      </Button>
    </form>
  );
}
