"use client";
import {
  type Active,
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  type Over,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { type PointerEventHandler, useState } from "react";
import type { CardKind } from "@/lib/journey/map-vocabulary";

/** What can be dragged in the grid; a drop target accepts exactly one kind. */
export type DragKind = "phase" | "step" | "lane" | "card";
export type DragData = { kind: DragKind; id: string; label: string; cardKind?: CardKind };
export type DropData = {
  accepts: DragKind;
  id: string;
  label: string;
  /** Cards only land in cells (and on cards) of lanes holding their kind. */
  cardKind?: CardKind;
  cell?: { laneId: string; stepId: string };
  /** A card target (rather than an empty spot of a cell). */
  isCard?: boolean;
};

const dragData = (a: Active | null) => a?.data.current as DragData | undefined;
const dropData = (o: Over | { data: { current?: unknown } } | null) => o?.data.current as DropData | undefined;

// Only targets of the dragged kind count; a card under the pointer wins over its cell.
const collision: CollisionDetection = (args) => {
  const drag = dragData(args.active);
  const droppableContainers = args.droppableContainers.filter((c) => {
    const drop = dropData(c);
    return drop && drag && drop.accepts === drag.kind && (drag.kind !== "card" || drop.cardKind === drag.cardKind);
  });
  const filtered = { ...args, droppableContainers };
  const hits = pointerWithin(filtered);
  if (hits.length === 0) return closestCenter(filtered);
  const isCard = (id: string | number) => dropData(args.droppableContainers.find((c) => c.id === id) ?? null)?.isCard;
  return [...hits].sort((a, b) => Number(isCard(b.id) ?? false) - Number(isCard(a.id) ?? false));
};

export function GridDndContext({
  children,
  onDrop,
}: {
  children: React.ReactNode;
  onDrop: (drag: DragData, drop: DropData) => void;
}) {
  const t = useTranslations("editor.dnd");
  const [active, setActive] = useState<DragData | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));
  const label = (x: { data: { current?: unknown } } | null) => (x?.data.current as { label?: string } | undefined)?.label ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t("picked", { name: label(a) }),
    onDragOver: ({ active: a, over }) => (over ? t("over", { name: label(a), target: label(over) }) : t("notOver", { name: label(a) })),
    onDragEnd: ({ active: a, over }) => (over ? t("dropped", { name: label(a), target: label(over) }) : t("cancelled", { name: label(a) })),
    onDragCancel: ({ active: a }) => t("cancelled", { name: label(a) }),
  };

  function handleEnd(event: DragEndEvent) {
    setActive(null);
    const drag = dragData(event.active);
    const drop = dropData(event.over);
    if (drag && drop && drop.accepts === drag.kind) onDrop(drag, drop);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("instructions") } }}
      onDragStart={(e) => setActive(dragData(e.active) ?? null)}
      onDragEnd={handleEnd}
      onDragCancel={() => setActive(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="max-w-56 truncate rounded-md border border-ring bg-background px-3 py-2 text-sm shadow-lg">{active.label}</div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/**
 * Makes a grid item draggable and a drop target for items of its own kind. Spread
 * `pointerProps` on the item itself: a pointer drags it from anywhere once it has moved a
 * few pixels (a click stays a click). Only the pointer: keys pressed inside the item (Space
 * in a name being typed) must not pick it up; the keyboard moves items through their menus.
 * Attach `setNodeRef` to the item.
 */
export function useGridItem(drag: DragData, drop: DropData, disabled: boolean) {
  const draggable = useDraggable({ id: `${drag.kind}:${drag.id}`, data: drag, disabled });
  const droppable = useDroppable({ id: `${drop.accepts}-target:${drop.id}`, data: drop, disabled });
  return {
    setNodeRef: (node: HTMLElement | null) => {
      draggable.setNodeRef(node);
      droppable.setNodeRef(node);
    },
    pointerProps: { onPointerDown: draggable.listeners?.onPointerDown as PointerEventHandler | undefined },
    isDragging: draggable.isDragging,
    isOver: droppable.isOver,
  };
}

/** A cell as a drop target for cards. */
export function useCellDrop(drop: DropData, disabled: boolean) {
  return useDroppable({ id: `cell:${drop.id}`, data: drop, disabled });
}
