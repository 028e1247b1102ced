"use client";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { IconButton } from "./icon-button";

/** The trash button of a phase, step or lane, with a confirmation saying what goes with it. */
export function ConfirmDelete({ label, title, description, onConfirm }: { label: string; title: string; description: string; onConfirm: () => void }) {
  const t = useTranslations("editor");
  return (
    <ConfirmDialog
      trigger={
        <IconButton label={label}>
          <Trash2 className="h-3.5 w-3.5" />
        </IconButton>
      }
      title={title}
      description={description}
      confirmLabel={t("delete")}
      cancelLabel={t("cancel")}
      onConfirm={onConfirm}
    />
  );
}
