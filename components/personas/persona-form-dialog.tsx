"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type * as React from "react";
import { toast } from "sonner";
import { savePersonaAction } from "@/app/w/[slug]/personas/actions";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { Field, FormError, FormField } from "@/components/ui/form-field";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { Textarea } from "@/components/ui/input";
import { PERSONA_COLORS } from "@/lib/personas/persona-avatar";
import { ColourPicker } from "./colour-picker";

export type PersonaFields = { id: string; name: string; description: string; goals: string; needs: string; frustrations: string; color: string };

/** Creates a persona, or edits `persona` when given. */
export function PersonaFormDialog({
  slug,
  persona,
  open,
  onOpenChange,
}: {
  slug: string;
  persona?: PersonaFields;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("personas");
  const [state, action, pending] = useActionState(savePersonaAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok) {
      toast.success(persona ? t("updated") : t("created"));
      onOpenChange(false);
    }
  }, [state, persona, onOpenChange, t]);

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t("close")} className="max-w-xl" aria-describedby={undefined}>
        <DialogTitle>{persona ? t("editTitle", { name: persona.name }) : t("createTitle")}</DialogTitle>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={submitKeepingFields(action)}
        >
          <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
          {persona && <input type="hidden" name="personaId" value={persona.id} />}
          <FormField
            name="name"
            label={t("name")}
            placeholder={t("namePlaceholder")}
            defaultValue={persona?.name}
            required
            maxLength={80}
            autoFocus
            errors={fieldErrors?.name}
          />
          <TextArea name="description" label={t("description")} hint={t("descriptionHint")} defaultValue={persona?.description} errors={fieldErrors?.description} />
          <TextArea name="goals" label={t("goals")} defaultValue={persona?.goals} errors={fieldErrors?.goals} />
          <TextArea name="needs" label={t("needs")} defaultValue={persona?.needs} errors={fieldErrors?.needs} />
          <TextArea name="frustrations" label={t("frustrations")} defaultValue={persona?.frustrations} errors={fieldErrors?.frustrations} />
          <ColourPicker name="color" defaultValue={persona?.color ?? PERSONA_COLORS[0]} />
          <DialogFormFooter cancelLabel={t("cancel")} submitLabel={persona ? (pending ? t("saving") : t("save")) : pending ? t("creating") : t("create")} disabled={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

function TextArea({ name, label, hint, errors, ...props }: React.ComponentProps<"textarea"> & { name: string; label: string; hint?: string; errors?: string[] }) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(control) => <Textarea {...control} name={name} rows={2} maxLength={2000} {...props} />}
    </Field>
  );
}
