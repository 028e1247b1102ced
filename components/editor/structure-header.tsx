"use client";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { cn } from "@/lib/utils";
import { useEditor } from "./editor-context";
import { useGridItem } from "./grid-dnd";
import { InlineName } from "./inline-name";
import { ItemMenu, type MenuAction } from "./item-menu";

export type StructureKind = "phase" | "step" | "lane";

type Layout = { scope: "colgroup" | "col" | "row"; cell: string; previous: string; next: string };

// Phases and steps are columns and move sideways; lanes are rows, kept in view while the grid scrolls sideways.
const LAYOUTS: Record<StructureKind, Layout> = {
  phase: {
    scope: "colgroup",
    cell: "border-b border-r border-border bg-primary/10 px-2 py-1.5 text-left align-top text-sm font-semibold",
    previous: "moveLeft",
    next: "moveRight",
  },
  step: {
    scope: "col",
    cell: "border-b border-r border-border bg-muted px-2 py-1.5 text-left align-top text-sm font-medium",
    previous: "moveLeft",
    next: "moveRight",
  },
  lane: {
    scope: "row",
    cell: "sticky left-0 z-10 border-b border-r border-border bg-background px-2 py-1.5 text-left align-top text-sm font-medium",
    previous: "moveUp",
    next: "moveDown",
  },
};

/**
 * The header cell of a phase, step or lane: its name (up to two lines; clicking it renames)
 * and one menu holding move, rename, the caller's `actions` and delete. The whole header is
 * the drag handle for a pointer; the menu's moves are the keyboard's way. Labels come from
 * `editor.<kind>`.
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
  actions = [],
  icon,
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
  actions?: MenuAction[];
  icon?: React.ReactNode;
  subtitle?: React.ReactNode;
}) {
  const t = useTranslations(`editor.${kind}`);
  const tm = useTranslations("editor.menu");
  const te = useTranslations("editor");
  const { canEdit, renamingId, setRenamingId } = useEditor();
  const renaming = canEdit && renamingId === id;
  const item = useGridItem({ kind, id, label: name }, { accepts: kind, id, label: name }, !canEdit || renaming);
  const layout = LAYOUTS[kind];

  return (
    <th
      ref={item.setNodeRef}
      scope={layout.scope}
      colSpan={colSpan}
      {...{ [`data-${kind}-id`]: id }}
      {...item.pointerProps}
      className={cn("group", layout.cell, canEdit && !renaming && "cursor-grab", item.isOver && "ring-2 ring-inset ring-ring", item.isDragging && "opacity-50")}
    >
      <div className="flex min-h-7 items-start gap-1.5">
        {icon}
        {renaming ? (
          <InlineName value={name} onEditingChange={(on) => setRenamingId(on ? id : null)} onSave={onRename} inputLabel={t("nameLabel")} className="flex-1" />
        ) : canEdit ? (
          <button
            type="button"
            aria-label={t("rename", { name })}
            onClick={() => setRenamingId(id)}
            className="line-clamp-2 min-w-0 flex-1 cursor-text rounded text-left [overflow-wrap:anywhere] max-sm:text-xs max-sm:hyphens-auto max-sm:[overflow-wrap:break-word] focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            {name}
          </button>
        ) : (
          <span className="line-clamp-2 min-w-0 flex-1 [overflow-wrap:anywhere] max-sm:text-xs max-sm:hyphens-auto max-sm:[overflow-wrap:break-word]" title={name}>
            {name}
          </span>
        )}
        {canEdit && !renaming && (
          <ItemMenu
            label={t("menu", { name })}
            actions={[
              { label: tm(layout.previous), onSelect: () => onMove("previous"), disabled: first },
              { label: tm(layout.next), onSelect: () => onMove("next"), disabled: last },
              { label: tm("rename"), onSelect: () => setRenamingId(id) },
              ...actions,
            ]}
            deletion={{
              label: tm("delete"),
              title: t("deleteTitle", { name }),
              description: t("deleteDescription"),
              confirmLabel: te("delete"),
              cancelLabel: te("cancel"),
              onConfirm: onDelete,
            }}
          />
        )}
      </div>
      {subtitle}
    </th>
  );
}
