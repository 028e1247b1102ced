"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteWorkspaceAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";

/** Deleting asks for the workspace's name, typed out. */
export function DeleteWorkspaceForm({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("workspace.lifecycle");
  const [state, action, pending] = useActionState(deleteWorkspaceAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} onSubmit={submitKeepingFields(action)} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="confirmName" label={t("deleteConfirm", { name })} autoComplete="off" required errors={fieldErrors?.confirmName} />
      <Button type="submit" variant="destructive" disabled={pending} className="justify-self-start">
        {pending ? t("deleting") : t("deleteSubmit")}
      </Button>
    </form>
  );
}
