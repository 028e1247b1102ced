"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { renameWorkspaceAction } from "@/app/w/[slug]/settings/actions";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";

export function RenameWorkspaceForm({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("workspace");
  const [state, action, pending] = useActionState(renameWorkspaceAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) toast.success(t("renamed"));
  }, [state, t]);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="name" label={t("name")} defaultValue={name} required errors={fieldErrors?.name} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
