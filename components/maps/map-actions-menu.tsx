"use client";
import { Archive, ArchiveRestore, Copy, Ellipsis, Pencil, Trash2, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { archiveMapAction, deleteMapAction, duplicateMapAction, restoreMapAction } from "@/app/w/[slug]/actions";
import type { PersonaOption } from "@/components/personas/persona-select";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { MapPersonaDialog } from "./map-persona-dialog";
import { RenameMapDialog } from "./rename-map-dialog";
import { useMapAction } from "./use-map-action";

type MenuMap = { id: string; name: string; personaId: string | null; archived: boolean };

/** Rename, persona, duplicate, archive/restore and delete for one map; shown only to those who may change maps. */
export function MapActionsMenu({ slug, map, personas, canDelete }: { slug: string; map: MenuMap; personas: PersonaOption[]; canDelete: boolean }) {
  const t = useTranslations("mapList");
  const { pending, perform } = useMapAction();
  const [dialog, setDialog] = useState<"rename" | "persona" | "delete" | null>(null);
  const close = (open: boolean) => !open && setDialog(null);

  return (
    <>
      {/* Not modal, so focus and pointer events come back cleanly when a dialog opened from it closes. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={t("actionsFor", { name: map.name })} disabled={pending}>
            <Ellipsis className="h-4 w-4" aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setDialog("rename")}>
            <Pencil className="h-4 w-4" aria-hidden />
            {t("rename")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setDialog("persona")}>
            <UserRound className="h-4 w-4" aria-hidden />
            {t("changePersona")}
          </DropdownMenuItem>
          <DropdownMenuItem
            onSelect={() => {
              const name = t("copyName", { name: map.name });
              perform(() => duplicateMapAction(slug, { mapId: map.id, name }), () => t("duplicated", { name }));
            }}
          >
            <Copy className="h-4 w-4" aria-hidden />
            {t("duplicate")}
          </DropdownMenuItem>
          {map.archived ? (
            <DropdownMenuItem onSelect={() => perform(() => restoreMapAction(slug, { mapId: map.id }), () => t("restored"))}>
              <ArchiveRestore className="h-4 w-4" aria-hidden />
              {t("restore")}
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => perform(() => archiveMapAction(slug, { mapId: map.id }), () => t("archivedToast"))}>
              <Archive className="h-4 w-4" aria-hidden />
              {t("archive")}
            </DropdownMenuItem>
          )}
          {canDelete && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem className="text-destructive" onSelect={() => setDialog("delete")}>
                <Trash2 className="h-4 w-4" aria-hidden />
                {t("delete")}
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {dialog === "rename" && <RenameMapDialog slug={slug} map={map} open onOpenChange={close} />}
      {dialog === "persona" && <MapPersonaDialog slug={slug} map={map} personas={personas} open onOpenChange={close} />}
      <ConfirmDialog
        open={dialog === "delete"}
        onOpenChange={close}
        title={t("deleteTitle", { name: map.name })}
        description={t("deleteDescription")}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => perform(() => deleteMapAction(slug, { mapId: map.id }), () => t("deleted"))}
      />
    </>
  );
}
