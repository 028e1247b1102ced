"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { renameMapAction } from "@/app/w/[slug]/actions";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { FormField } from "@/components/ui/form-field";
import { useMapAction } from "./use-map-action";

export function RenameMapDialog({
  slug,
  map,
  open,
  onOpenChange,
}: {
  slug: string;
  map: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("mapList");
  const { pending, perform } = useMapAction();
  const [errors, setErrors] = useState<string[] | undefined>();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t("close")} aria-describedby={undefined}>
        <DialogTitle>{t("renameTitle")}</DialogTitle>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get("name") ?? "");
            perform(
              () => renameMapAction(slug, { mapId: map.id, name }),
              () => t("renamed"),
              (result) => {
                setErrors(result.ok ? undefined : result.fieldErrors?.name);
                if (result.ok) onOpenChange(false);
              },
            );
          }}
        >
          <FormField name="name" label={t("name")} defaultValue={map.name} required maxLength={120} autoFocus errors={errors} />
          <DialogFormFooter cancelLabel={t("cancel")} submitLabel={pending ? t("saving") : t("save")} disabled={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
