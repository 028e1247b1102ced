"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setMapPersonaAction } from "@/app/w/[slug]/actions";
import { PersonaSelect, type PersonaOption } from "@/components/personas/persona-select";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { Field } from "@/components/ui/form-field";
import { useMapAction } from "./use-map-action";

export function MapPersonaDialog({
  slug,
  map,
  personas,
  open,
  onOpenChange,
}: {
  slug: string;
  map: { id: string; name: string; personaId: string | null };
  personas: PersonaOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("mapList");
  const { pending, perform } = useMapAction();
  const [error, setError] = useState<string | undefined>();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t("close")} aria-describedby={undefined}>
        <DialogTitle>{t("personaTitle", { name: map.name })}</DialogTitle>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const personaId = String(new FormData(e.currentTarget).get("personaId") ?? "");
            perform(
              () => setMapPersonaAction(slug, { mapId: map.id, personaId: personaId || null }),
              () => t("personaChanged"),
              (result) => {
                setError(result.ok ? undefined : result.fieldErrors?.personaId?.[0]);
                if (result.ok) onOpenChange(false);
              },
            );
          }}
        >
          <Field label={t("persona")} errors={error ? [error] : undefined}>
            {(control) => <PersonaSelect {...control} name="personaId" personas={personas} defaultValue={map.personaId ?? ""} />}
          </Field>
          <DialogFormFooter cancelLabel={t("cancel")} submitLabel={pending ? t("saving") : t("save")} disabled={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
