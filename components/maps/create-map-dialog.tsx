"use client";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { createMapAction } from "@/app/w/[slug]/actions";
import { PersonaSelect, type PersonaOption } from "@/components/personas/persona-select";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormError, FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { isLocale } from "@/lib/i18n/locales";
import { TemplatePicker } from "./template-picker";

/** New map: name, blank or a template, and a persona; opens the editor once created. */
export function CreateMapDialog({ slug, personas }: { slug: string; personas: PersonaOption[] }) {
  const t = useTranslations("mapList");
  const locale = useLocale();
  const language = isLocale(locale) ? locale : "en";
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const personaId = useId();
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(createMapAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok) {
      toast.success(t("create.created"));
      router.push(`/w/${slug}/maps/${state.data.mapId}`);
    }
  }, [state, router, slug, t]);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="h-4 w-4" aria-hidden />
          {t("new")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("close")} className="max-w-2xl">
        <DialogTitle>{t("create.title")}</DialogTitle>
        <DialogDescription>{t("create.description", { language: t(`languages.${language}`) })}</DialogDescription>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            // Dispatched by hand: a form `action` would reset the fields even when the server refuses them.
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            startTransition(() => action(form));
          }}
        >
          <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
          <input type="hidden" name="language" value={language} />
          <FormField name="name" label={t("name")} placeholder={t("create.namePlaceholder")} required maxLength={120} autoFocus errors={fieldErrors?.name} />
          <TemplatePicker name="starter" />
          {fieldErrors?.starter && (
            <p role="alert" className="text-xs text-destructive">
              {errorMessage(fieldErrors.starter[0])}
            </p>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor={personaId}>{t("create.persona")}</Label>
            <PersonaSelect
              id={personaId}
              name="personaId"
              personas={personas}
              defaultValue=""
              aria-invalid={fieldErrors?.personaId ? true : undefined}
              aria-describedby={fieldErrors?.personaId ? `${personaId}-error` : personas.length === 0 ? `${personaId}-hint` : undefined}
            />
            {personas.length === 0 && (
              <p id={`${personaId}-hint`} className="text-xs text-muted-foreground">
                {t("create.noPersonasHint")}
              </p>
            )}
            {fieldErrors?.personaId && (
              <p id={`${personaId}-error`} role="alert" className="text-xs text-destructive">
                {errorMessage(fieldErrors.personaId[0])}
              </p>
            )}
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending || state?.ok}>
              {pending || state?.ok ? t("create.creating") : t("create.submit")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
