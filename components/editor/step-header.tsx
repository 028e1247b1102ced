"use client";
import { ChevronLeft, ChevronRight, GripVertical, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { deleteStep, getPhases, getSteps, moveStep, renameStep, type StepData } from "@/lib/journey/map-document";
import { stepMoveTarget } from "@/lib/editor/grid-moves";
import { cn } from "@/lib/utils";
import { ConfirmDelete } from "./confirm-delete";
import { useEditor } from "./editor-context";
import { useGridItem } from "./grid-dnd";
import { IconButton } from "./icon-button";
import { InlineName } from "./inline-name";

/** A step's column header; moving past the edge of its phase moves it into the next phase. */
export function StepHeader({ step, first, last }: { step: StepData; first: boolean; last: boolean }) {
  const t = useTranslations("editor.step");
  const { doc, canEdit, renamingId, setRenamingId } = useEditor();
  const item = useGridItem(
    { kind: "step", id: step.id, label: step.name },
    { accepts: "step", id: step.id, label: step.name },
    !canEdit,
  );
  const name = step.name;
  const move = (direction: "previous" | "next") => {
    const target = stepMoveTarget(getPhases(doc).map((p) => p.id), getSteps(doc), step.id, direction);
    if (target) moveStep(doc, step.id, target.phaseId, target.index);
  };

  return (
    <th
      ref={item.setNodeRef}
      scope="col"
      data-step-id={step.id}
      className={cn(
        "border-b border-r border-border bg-muted px-2 py-1.5 text-left align-top text-sm font-medium",
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
          editing={canEdit && renamingId === step.id}
          onEditingChange={(on) => setRenamingId(on ? step.id : null)}
          onSave={(v) => renameStep(doc, step.id, v)}
          inputLabel={t("nameLabel")}
          className="flex-1"
        />
      </div>
      {canEdit && (
        <div className="mt-1 flex items-center gap-0.5">
          <IconButton label={t("moveLeft", { name })} disabled={first} onClick={() => move("previous")}>
            <ChevronLeft className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("moveRight", { name })} disabled={last} onClick={() => move("next")}>
            <ChevronRight className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("rename", { name })} onClick={() => setRenamingId(step.id)}>
            <Pencil className="h-3.5 w-3.5" />
          </IconButton>
          <ConfirmDelete
            label={t("delete", { name })}
            title={t("deleteTitle", { name })}
            description={t("deleteDescription")}
            onConfirm={() => deleteStep(doc, step.id)}
          />
        </div>
      )}
    </th>
  );
}
