"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccountAction } from "@/app/account/profile/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useKeepFieldsButPassword } from "@/components/ui/submit-keeping-fields";

/**
 * Deleting the account asks for the e-mail address typed out (and the password). While the
 * user is the only owner of a workspace, the form is replaced by the way out for each one.
 */
export function DeleteAccountForm({
  email,
  hasPassword,
  blockingWorkspaces,
}: {
  email: string;
  hasPassword: boolean;
  blockingWorkspaces: Array<{ name: string; slug: string }>;
}) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const keep = useKeepFieldsButPassword(action, state && !state.ok ? state : null);
  if (blockingWorkspaces.length > 0) {
    return (
      <div className="grid gap-2 text-sm" role="note">
        <p>{t("deleteBlocked")}</p>
        <ul className="list-disc pl-5">
          {blockingWorkspaces.map((w) => (
            <li key={w.slug}>
              <Link className="text-primary underline" href={`/w/${w.slug}/settings#ownership`}>
                {w.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <form ref={keep.ref} action={action} onSubmit={keep.onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="confirmEmail" type="email" label={t("deleteConfirmEmail", { email })} autoComplete="off" required errors={fieldErrors?.confirmEmail} />
      {hasPassword && (
        <FormField name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={fieldErrors?.currentPassword} />
      )}
      <Button type="submit" variant="destructive" disabled={pending} className="justify-self-start">
        {pending ? t("deleting") : t("deleteSubmit")}
      </Button>
    </form>
  );
}
