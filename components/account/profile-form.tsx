"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { updateProfileAction } from "@/app/account/profile/actions";
import { ColourPicker } from "@/components/personas/colour-picker";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";

/** Name, avatar colour and language; what was typed stays when the server refuses it. */
export function ProfileForm({ name, avatarColour, locale }: { name: string; avatarColour: string; locale: "en" | "nl" }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(updateProfileAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok) toast.success(t("profileSaved"));
  }, [state, t]);
  return (
    <form action={action} onSubmit={submitKeepingFields(action)} className="grid max-w-md gap-4" noValidate>
      <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
      <FormField name="name" label={t("name")} autoComplete="name" defaultValue={name} required maxLength={100} errors={fieldErrors?.name} />
      <ColourPicker name="avatarColour" defaultValue={avatarColour} />
      <Field label={t("language")} errors={fieldErrors?.locale}>
        {(control) => (
          <NativeSelect {...control} name="locale" defaultValue={locale}>
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
          </NativeSelect>
        )}
      </Field>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("saving") : t("profileSave")}
      </Button>
    </form>
  );
}
