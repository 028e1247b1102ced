"use client";
import { ChevronDown, ChevronLeft, ChevronRight, ChevronUp, GripVertical, type LucideIcon, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { cn } from "@/lib/utils";
import { ConfirmDelete } from "./confirm-delete";
import { useEditor } from "./editor-context";
import { useGridItem } from "./grid-dnd";
import { IconButton } from "./icon-button";
import { InlineName } from "./inline-name";

export type StructureKind = "phase" | "step" | "lane";

type Layout = {
  scope: "colgroup" | "col" | "row";
  cell: string;
  controls: string;
  previous: { key: string; icon: LucideIcon };
  next: { key: string; icon: LucideIcon };
};

const LEFT = { key: "moveLeft", icon: ChevronLeft };
const RIGHT = { key: "moveRight", icon: ChevronRight };

// Phases and steps are columns and move sideways; lanes are rows, kept in view while the grid scrolls sideways.
const LAYOUTS: Record<StructureKind, Layout> = {
  phase: {
    scope: "colgroup",
    cell: "border-b border-r border-border bg-primary/10 px-2 py-1.5 text-left align-top text-sm font-semibold",
    // A phase has one button more (add step) and may span a single narrow column.
    controls: "mt-1 flex flex-wrap items-center gap-0.5",
    previous: LEFT,
    next: RIGHT,
  },
  step: {
    scope: "col",
    cell: "border-b border-r border-border bg-muted px-2 py-1.5 text-left align-top text-sm font-medium",
    controls: "mt-1 flex items-center gap-0.5",
    previous: LEFT,
    next: RIGHT,
  },
  lane: {
    scope: "row",
    cell: "sticky left-0 z-10 border-b border-r border-border bg-background px-2 py-1.5 text-left align-top text-sm font-medium",
    controls: "mt-1 flex items-center gap-0.5",
    previous: { key: "moveUp", icon: ChevronUp },
    next: { key: "moveDown", icon: ChevronDown },
  },
};

/**
 * The header cell of a phase, step or lane: drag handle, a name that turns into an input,
 * and move / rename / delete buttons. Labels come from `editor.<kind>`; the caller says what
 * moving, renaming and deleting do, and may add buttons before delete and a line under the name.
 */
export function StructureHeader({
  kind,
  id,
  name,
  first,
  last,
  colSpan,
  onMove,
  onRename,
  onDelete,
  actions,
  subtitle,
}: {
  kind: StructureKind;
  id: string;
  name: string;
  first: boolean;
  last: boolean;
  colSpan?: number;
  onMove: (direction: "previous" | "next") => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  actions?: React.ReactNode;
  subtitle?: React.ReactNode;
}) {
  const t = useTranslations(`editor.${kind}`);
  const { canEdit, renamingId, setRenamingId } = useEditor();
  const item = useGridItem({ kind, id, label: name }, { accepts: kind, id, label: name }, !canEdit);
  const layout = LAYOUTS[kind];
  const Previous = layout.previous.icon;
  const Next = layout.next.icon;

  return (
    <th
      ref={item.setNodeRef}
      scope={layout.scope}
      colSpan={colSpan}
      {...{ [`data-${kind}-id`]: id }}
      className={cn(layout.cell, item.isOver && "ring-2 ring-inset ring-ring", item.isDragging && "opacity-50")}
    >
      <div className="flex min-h-7 items-center gap-1">
        {canEdit && (
          <IconButton label={t("drag", { name })} className="cursor-grab" {...item.handleProps}>
            <GripVertical className="h-3.5 w-3.5" />
          </IconButton>
        )}
        <InlineName
          value={name}
          editing={canEdit && renamingId === id}
          onEditingChange={(on) => setRenamingId(on ? id : null)}
          onSave={onRename}
          inputLabel={t("nameLabel")}
          className="flex-1"
        />
      </div>
      {subtitle}
      {canEdit && (
        <div className={layout.controls}>
          <IconButton label={t(layout.previous.key, { name })} disabled={first} onClick={() => onMove("previous")}>
            <Previous className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t(layout.next.key, { name })} disabled={last} onClick={() => onMove("next")}>
            <Next className="h-3.5 w-3.5" />
          </IconButton>
          <IconButton label={t("rename", { name })} onClick={() => setRenamingId(id)}>
            <Pencil className="h-3.5 w-3.5" />
          </IconButton>
          {actions}
          <ConfirmDelete label={t("delete", { name })} title={t("deleteTitle", { name })} description={t("deleteDescription")} onConfirm={onDelete} />
        </div>
      )}
    </th>
  );
}
