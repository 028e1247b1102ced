"use client";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { toast } from "sonner";
import { createMapAction } from "@/app/w/[slug]/actions";
import { PersonaSelect, type PersonaOption } from "@/components/personas/persona-select";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { Field, FormError, FormField } from "@/components/ui/form-field";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { isLocale } from "@/lib/i18n/locales";
import type { MapStarter } from "@/lib/journey/templates/template-ids";
import { TemplatePicker } from "./template-picker";

/**
 * New map: name, blank or a template, and a persona; opens the editor once created. The
 * template gallery's links (`?new=<template>`) open it with that template chosen; the
 * dialog lives in the page header, which stays while the gallery gives way to the list.
 */
export function CreateMapDialog({ slug, personas, starter }: { slug: string; personas: PersonaOption[]; starter?: MapStarter }) {
  const t = useTranslations("mapList");
  const locale = useLocale();
  const language = isLocale(locale) ? locale : "en";
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [open, setOpen] = useState(starter !== undefined);
  useEffect(() => {
    if (starter !== undefined) setOpen(true);
  }, [starter]);
  const [state, action, pending] = useActionState(createMapAction.bind(null, slug), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok) {
      toast.success(t("create.created"));
      router.push(`/w/${slug}/maps/${state.data.mapId}`);
    }
  }, [state, router, slug, t]);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // Closed after the gallery opened it: drop ?new= so a reload does not open it again.
        if (!next && starter !== undefined) router.replace(`/w/${slug}`, { scroll: false });
      }}
    >
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
          onSubmit={submitKeepingFields(action)}
        >
          <FormError error={state && !state.ok && !fieldErrors ? state.error : null} />
          <input type="hidden" name="language" value={language} />
          <FormField name="name" label={t("name")} placeholder={t("create.namePlaceholder")} required maxLength={120} autoFocus errors={fieldErrors?.name} />
          <TemplatePicker key={starter} name="starter" defaultValue={starter} />
          {fieldErrors?.starter && (
            <p role="alert" className="text-xs text-destructive">
              {errorMessage(fieldErrors.starter[0])}
            </p>
          )}
          <Field label={t("create.persona")} errors={fieldErrors?.personaId} hint={personas.length === 0 ? t("create.noPersonasHint") : undefined}>
            {(control) => <PersonaSelect {...control} name="personaId" personas={personas} defaultValue="" />}
          </Field>
          <DialogFormFooter cancelLabel={t("cancel")} submitLabel={pending || state?.ok ? t("create.creating") : t("create.submit")} disabled={pending || state?.ok} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
