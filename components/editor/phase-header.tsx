"use client";
import { ChevronLeft, ChevronRight, GripVertical, Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { addStep, deletePhase, getPhases, movePhase, type PhaseData, renamePhase } from "@/lib/journey/map-document";
import { neighbourIndex } from "@/lib/editor/grid-moves";
import { cn } from "@/lib/utils";
import { ConfirmDelete } from "./confirm-delete";
import { useEditor } from "./editor-context";
import { useGridItem } from "./grid-dnd";
import { IconButton } from "./icon-button";
import { InlineName } from "./inline-name";

/** A phase's header, spanning its steps' columns. */
export function PhaseHeader({ phase, span, first, last }: { phase: PhaseData; span: number; first: boolean; last: boolean }) {
  const t = useTranslations("editor.phase");
  const { doc, canEdit, renamingId, setRenamingId } = useEditor();
  const item = useGridItem(
    { kind: "phase", id: phase.id, label: phase.name },
    { accepts: "phase", id: phase.id, label: phase.name },
    !canEdit,
  );
  const name = phase.name;
  const move = (direction: "previous" | "next") => {
    const index = neighbourIndex(getPhases(doc), phase.id, direction);
    if (index !== null) movePhase(doc, phase.id, index);
  };
  const addStepHere = () => setRenamingId(addStep(doc, phase.id, t("newStep")));

  return (
    <th
      ref={item.setNodeRef}
      scope="colgroup"
      colSpan={span}
      data-phase-id={phase.id}
      className={cn(
        "border-b border-r border-border bg-primary/10 px-2 py-1.5 text-left align-top text-sm font-semibold",
        item.isOver && "ring-2 ring-inset ring-ring",
        item.isDragging && "opacity-50",
      )}
    >
      <div className="flex min-h-7 items-center gap-1">
        {canEdit && (
          <IconButton label={t("drag", { name })} className="cursor-grab" {...item.handleProps}>
            <GripVertical className="h-3.5 w-3.5" />
          </IconButton>
        )}
        <InlineName
          value={name}
          editing={canEdit && renamingId === phase.id}
          onEditingChange={(on) => setRenamingId(on ? phase.id : null)}
          onSave={(v) => renamePhase(doc, phase.id, v)}
          inputLabel={t("nameLabel")}
          className="flex-1"
        />
      </div>
      {canEdit && (
        <div className="mt-1 flex flex-wrap items-center gap-0.5">
          <IconButton label={t("moveLeft", { name })} disabled={first} onClick={() => move("previous")}>
            <ChevronLeft className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("moveRight", { name })} disabled={last} onClick={() => move("next")}>
            <ChevronRight className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("rename", { name })} onClick={() => setRenamingId(phase.id)}>
            <Pencil className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("addStep", { name })} onClick={addStepHere}>
            <Plus className="h-3.5 w-3.5" />
          </IconButton>
          <ConfirmDelete
            label={t("delete", { name })}
            title={t("deleteTitle", { name })}
            description={t("deleteDescription")}
            onConfirm={() => deletePhase(doc, phase.id)}
          />
        </div>
      )}
    </th>
  );
}
