"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createWorkspaceAction } from "@/app/w/new/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";

export function CreateWorkspaceForm() {
  const t = useTranslations("workspace");
  const [state, action, pending] = useActionState(createWorkspaceAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="name" label={t("name")} required minLength={2} maxLength={60} errors={fieldErrors?.name} />
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
