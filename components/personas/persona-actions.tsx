"use client";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useState, useTransition } from "react";
import { toast } from "sonner";
import { deletePersonaAction } from "@/app/w/[slug]/personas/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { type PersonaFields, PersonaFormDialog } from "./persona-form-dialog";

/** The "New persona" button with its dialog. */
export function NewPersonaButton({ slug }: { slug: string }) {
  const t = useTranslations("personas");
  const [open, setOpen] = useState(false);
  const onOpenChange = useCallback((next: boolean) => setOpen(next), []);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <Plus className="h-4 w-4" aria-hidden />
        {t("new")}
      </Button>
      {/* Mounted only while open, so each opening starts with an empty form. */}
      {open && <PersonaFormDialog slug={slug} open onOpenChange={onOpenChange} />}
    </>
  );
}

/** Edit and (for those allowed) delete buttons of one persona. */
export function PersonaActions({ slug, persona, mapCount, canDelete }: { slug: string; persona: PersonaFields; mapCount: number; canDelete: boolean }) {
  const t = useTranslations("personas");
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const onOpenChange = useCallback((next: boolean) => setEditing(next), []);
  return (
    <div className="flex gap-1">
      <Button variant="ghost" size="icon" aria-label={t("editFor", { name: persona.name })} onClick={() => setEditing(true)}>
        <Pencil className="h-4 w-4" aria-hidden />
      </Button>
      {canDelete && (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" size="icon" aria-label={t("deleteFor", { name: persona.name })} disabled={pending}>
              <Trash2 className="h-4 w-4" aria-hidden />
            </Button>
          }
          title={t("deleteTitle", { name: persona.name })}
          description={t("deleteDescription", { count: mapCount })}
          confirmLabel={t("delete")}
          cancelLabel={t("cancel")}
          onConfirm={() =>
            startTransition(async () => {
              const result = await deletePersonaAction(slug, { personaId: persona.id });
              if (result.ok) toast.success(t("deleted"));
              else toast.error(errorMessage(result.error));
            })
          }
        />
      )}
      {editing && <PersonaFormDialog slug={slug} persona={persona} open onOpenChange={onOpenChange} />}
    </div>
  );
}
