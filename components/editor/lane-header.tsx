"use client";
import { ChevronDown, ChevronUp, EyeOff, GripVertical, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { deleteLane, getLanes, type LaneData, moveLane, renameLane, setLaneHidden } from "@/lib/journey/map-document";
import { visibleMoveIndex } from "@/lib/editor/grid-moves";
import { cn } from "@/lib/utils";
import { ConfirmDelete } from "./confirm-delete";
import { useEditor } from "./editor-context";
import { useGridItem } from "./grid-dnd";
import { IconButton } from "./icon-button";
import { InlineName } from "./inline-name";

/** A lane's row header, kept in view while the grid scrolls sideways. */
export function LaneHeader({ lane, first, last }: { lane: LaneData; first: boolean; last: boolean }) {
  const t = useTranslations("editor.lane");
  const tk = useTranslations("editor.laneKinds");
  const { doc, canEdit, renamingId, setRenamingId } = useEditor();
  const item = useGridItem(
    { kind: "lane", id: lane.id, label: lane.name },
    { accepts: "lane", id: lane.id, label: lane.name },
    !canEdit,
  );
  const name = lane.name;
  const move = (direction: "previous" | "next") => {
    const index = visibleMoveIndex(getLanes(doc), lane.id, direction);
    if (index !== null) moveLane(doc, lane.id, index);
  };

  return (
    <th
      ref={item.setNodeRef}
      scope="row"
      data-lane-id={lane.id}
      className={cn(
        "sticky left-0 z-10 border-b border-r border-border bg-background px-2 py-1.5 text-left align-top text-sm font-medium",
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
          editing={canEdit && renamingId === lane.id}
          onEditingChange={(on) => setRenamingId(on ? lane.id : null)}
          onSave={(v) => renameLane(doc, lane.id, v)}
          inputLabel={t("nameLabel")}
          className="flex-1"
        />
      </div>
      {name !== tk(lane.kind) && <div className="mt-0.5 text-xs font-normal text-muted-foreground">{tk(lane.kind)}</div>}
      {canEdit && (
        <div className="mt-1 flex items-center gap-0.5">
          <IconButton label={t("moveUp", { name })} disabled={first} onClick={() => move("previous")}>
            <ChevronUp className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("moveDown", { name })} disabled={last} onClick={() => move("next")}>
            <ChevronDown className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("rename", { name })} onClick={() => setRenamingId(lane.id)}>
            <Pencil className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("hide", { name })} onClick={() => setLaneHidden(doc, lane.id, true)}>
            <EyeOff className="h-3.5 w-3.5" />
          </IconButton>
          <ConfirmDelete
            label={t("delete", { name })}
            title={t("deleteTitle", { name })}
            description={t("deleteDescription")}
            onConfirm={() => deleteLane(doc, lane.id)}
          />
        </div>
      )}
    </th>
  );
}
