"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEmailAction } from "@/app/account/confirm-email/[token]/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";

export function ConfirmEmailForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(confirmEmailAction, null);
  if (state?.ok) {
    return (
      <div className="grid gap-3 text-sm" role="status">
        <p>{t("confirmEmailDone", { email: state.data.email })}</p>
        <Link className="text-primary underline" href="/">
          {t("back")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm">{t("confirmEmailIntro", { email })}</p>
      <FormError error={state && !state.ok ? state.error : null} />
      <Button type="submit" disabled={pending}>
        {t("confirmEmailSubmit")}
      </Button>
    </form>
  );
}
