"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { setMapPersonaAction } from "@/app/w/[slug]/actions";
import { PersonaSelect, type PersonaOption } from "@/components/personas/persona-select";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { useErrorMessage } from "@/components/ui/use-error-message";
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
  const errorMessage = useErrorMessage();
  const id = useId();
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
          <div className="grid gap-1.5">
            <Label htmlFor={id}>{t("persona")}</Label>
            <PersonaSelect
              id={id}
              name="personaId"
              personas={personas}
              defaultValue={map.personaId ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error && (
              <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
                {errorMessage(error)}
              </p>
            )}
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
