"use client";
import {
  type Announcements,
  closestCenter,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  type KeyboardCoordinateGetter,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { GripVertical, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { placeOpportunityAction } from "@/app/w/[slug]/opportunities/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { type OpportunityQuadrant, OPPORTUNITY_SCORES, quadrantOf } from "@/lib/journey/map-vocabulary";
import type { MatrixOpportunity } from "@/lib/opportunities/get-opportunity-matrix";
import { cn } from "@/lib/utils";
import { PlaceDialog, type PlaceTarget } from "./place-dialog";

export type BoardItem = MatrixOpportunity & { href: string };

const UNPLACED = "unplaced";
const cellId = (value: number, effort: number) => `cell:${value}:${effort}`;
function parseDrop(id: unknown): { customerValue: number | null; effort: number | null } | null {
  if (id === UNPLACED) return { customerValue: null, effort: null };
  const match = typeof id === "string" ? /^cell:(\d):(\d)$/.exec(id) : null;
  return match ? { customerValue: Number(match[1]), effort: Number(match[2]) } : null;
}

// Top row is the highest value; columns run from least to most effort.
const ROWS = [...OPPORTUNITY_SCORES].reverse();
const COLUMNS = OPPORTUNITY_SCORES;
const QUADRANT_TINT: Record<OpportunityQuadrant, string> = {
  quick_wins: "bg-emerald-50 dark:bg-emerald-950/40",
  big_bets: "bg-sky-50 dark:bg-sky-950/40",
  fill_ins: "bg-muted/50",
  money_pits: "bg-rose-50 dark:bg-rose-950/40",
};
/** Where each quadrant's name is written: its top-left cell. */
const QUADRANT_CORNERS: Record<string, OpportunityQuadrant> = { "5:1": "quick_wins", "5:3": "big_bets", "2:1": "fill_ins", "2:3": "money_pits" };

/**
 * Arrow keys move a picked-up card to the next cell in that direction (not by pixels): the
 * dragged card is centred on that cell, so the next key starts from there.
 */
const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects } }) => {
  const step = ({ ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] } as Record<string, [number, number]>)[event.code];
  if (!step || !collisionRect) return undefined;
  event.preventDefault();
  // From the centre of the cell the card is in (a chip's handle sits left of it), else from the card's own centre.
  let x0 = collisionRect.left + collisionRect.width / 2;
  let y0 = collisionRect.top + collisionRect.height / 2;
  droppableRects.forEach((rect, id) => {
    if (id !== UNPLACED && x0 >= rect.left && x0 <= rect.right && y0 >= rect.top && y0 <= rect.bottom) {
      x0 = rect.left + rect.width / 2;
      y0 = rect.top + rect.height / 2;
    }
  });
  let best: { x: number; y: number } | undefined;
  let bestScore = Infinity;
  droppableRects.forEach((rect, id) => {
    if (id === UNPLACED) return;
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    const along = (cx - x0) * step[0] + (cy - y0) * step[1];
    if (along <= 1) return;
    const score = along + 4 * Math.abs(step[0] ? cy - y0 : cx - x0);
    if (score < bestScore) {
      bestScore = score;
      best = { x: cx - collisionRect.width / 2, y: cy - collisionRect.height / 2 };
    }
  });
  return best;
};

// A pointer drops where it is; a keyboard drag (no pointer) on the cell the card is centred on.
const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));

/**
 * The opportunity matrix: a 5 × 5 grid, effort across and customer value up, tinted by
 * quadrant, with each placed opportunity a chip linking to its card; beside it the ones not
 * placed yet. Editors drag a chip by its handle (pointer, or keyboard: space, arrows, space)
 * to another cell, onto "Not placed yet" to take it off, or set both scores with Place.
 * Each move is stored in the map's document at once; the matrix shows it before the answer.
 */
export function OpportunityBoard({ slug, items: initial, canPlace }: { slug: string; items: BoardItem[]; canPlace: boolean }) {
  const t = useTranslations("opportunityMatrix");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [dragging, setDragging] = useState<BoardItem | null>(null);
  const [placing, setPlacing] = useState<PlaceTarget | null>(null);
  const [, startTransition] = useTransition();
  useEffect(() => setItems(initial), [initial]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: cellKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => items.find((i) => i.id === id)?.name ?? "";
  const overText = (name: string, over: { id: unknown } | null) => {
    const drop = over ? parseDrop(over.id) : null;
    if (!drop) return t("dnd.overNothing", { name });
    if (drop.customerValue === null) return t("unplacedTitle");
    return t("dnd.over", { name, value: drop.customerValue, effort: drop.effort! });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.start", { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => overText(nameOf(active.id), over),
    onDragEnd: ({ active, over }) => {
      const drop = over ? parseDrop(over.id) : null;
      if (!drop) return t("dnd.cancel", { name: nameOf(active.id) });
      if (drop.customerValue === null) return t("unplacedDone", { name: nameOf(active.id) });
      return t("dnd.end", { name: nameOf(active.id), value: drop.customerValue, effort: drop.effort! });
    },
    onDragCancel: ({ active }) => t("dnd.cancel", { name: nameOf(active.id) }),
  };

  function place(item: BoardItem, customerValue: number | null, effort: number | null) {
    if (item.customerValue === customerValue && item.effort === effort) return;
    const before = items;
    setItems((current) => current.map((i) => (i.id === item.id ? { ...i, customerValue, effort, quadrant: quadrantOf(customerValue, effort) } : i)));
    startTransition(async () => {
      const result = await placeOpportunityAction(slug, { mapId: item.mapId, opportunityId: item.id, customerValue, effort });
      if (!result.ok) {
        setItems(before);
        toast.error(t("failed", { name: item.name, error: errorMessage(result.error) ?? "" }));
        return;
      }
      toast.success(customerValue === null || effort === null ? t("unplacedDone", { name: item.name }) : t("placed", { name: item.name, value: customerValue, effort }));
      router.refresh();
    });
  }

  function onDragEnd(event: DragEndEvent) {
    setDragging(null);
    const item = items.find((i) => i.id === event.active.id);
    const drop = event.over ? parseDrop(event.over.id) : null;
    if (!item || !drop) return;
    // Dropped on "Not placed yet" clears both; on a cell sets both.
    place(item, drop.customerValue, drop.effort);
  }

  const placed = items.filter((i) => quadrantOf(i.customerValue, i.effort) !== null);
  const unplaced = items.filter((i) => quadrantOf(i.customerValue, i.effort) === null);
  const chip = (item: BoardItem) => <OpportunityChip key={item.id} item={item} canPlace={canPlace} onPlace={() => setPlacing(item)} />;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
      onDragStart={(e) => setDragging(items.find((i) => i.id === e.active.id) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="matrix-title" className="grid gap-2">
          <h2 id="matrix-title" className="sr-only">
            {t("matrixLabel")}
          </h2>
          <div className="flex gap-2">
            <p className="flex w-6 shrink-0 items-center justify-center text-xs font-medium text-muted-foreground [writing-mode:vertical-rl] rotate-180">
              {t("axisValue")}
            </p>
            <div className="grid min-w-0 flex-1 gap-1">
              {ROWS.map((value) => (
                <div key={value} className="grid grid-cols-[1.5rem_repeat(5,minmax(0,1fr))] gap-1">
                  <span aria-hidden className="self-center text-center text-xs text-muted-foreground">
                    {value}
                  </span>
                  {COLUMNS.map((effort) => (
                    <MatrixCell key={effort} value={value} effort={effort} items={placed.filter((i) => i.customerValue === value && i.effort === effort)}>
                      {chip}
                    </MatrixCell>
                  ))}
                </div>
              ))}
              <div aria-hidden className="grid grid-cols-[1.5rem_repeat(5,minmax(0,1fr))] gap-1 text-center text-xs text-muted-foreground">
                <span />
                {COLUMNS.map((effort) => (
                  <span key={effort}>{effort}</span>
                ))}
              </div>
              <p className="text-center text-xs font-medium text-muted-foreground">{t("axisEffort")}</p>
            </div>
          </div>
          <p className="text-xs text-muted-foreground">{t("legend")}</p>
        </section>
        <UnplacedList items={unplaced}>{chip}</UnplacedList>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && <div className="max-w-32 truncate rounded-md border border-ring bg-background px-2 py-1 text-xs shadow-lg">{dragging.name}</div>}
      </DragOverlay>
      <PlaceDialog
        target={placing}
        onClose={() => setPlacing(null)}
        onPlace={(customerValue, effort) => {
          const item = items.find((i) => i.id === placing?.id);
          setPlacing(null);
          if (item) place(item, customerValue, effort);
        }}
      />
    </DndContext>
  );
}

function MatrixCell({ value, effort, items, children }: { value: number; effort: number; items: BoardItem[]; children: (item: BoardItem) => React.ReactNode }) {
  const t = useTranslations("opportunityMatrix");
  const quadrant = quadrantOf(value, effort)!;
  const { setNodeRef, isOver } = useDroppable({ id: cellId(value, effort) });
  const corner = QUADRANT_CORNERS[`${value}:${effort}`];
  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={t("cellLabel", { value, effort, quadrant: t(`quadrants.${quadrant}`), count: items.length })}
      data-testid="matrix-cell"
      data-value={value}
      data-effort={effort}
      data-quadrant={quadrant}
      className={cn("flex min-h-20 min-w-0 flex-col gap-1 rounded-md p-1.5", QUADRANT_TINT[quadrant], isOver && "ring-2 ring-ring")}
    >
      {corner && (
        <p className="text-[11px] font-semibold uppercase tracking-wide text-foreground/70" data-testid="quadrant-label">
          {t(`quadrants.${corner}`)}
        </p>
      )}
      <OpportunityList items={items}>{children}</OpportunityList>
    </div>
  );
}

function UnplacedList({ items, children }: { items: BoardItem[]; children: (item: BoardItem) => React.ReactNode }) {
  const t = useTranslations("opportunityMatrix");
  const { setNodeRef, isOver } = useDroppable({ id: UNPLACED });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby="unplaced-title"
      data-testid="unplaced"
      className={cn("grid min-w-0 content-start gap-2 rounded-lg border border-border bg-card p-3", isOver && "ring-2 ring-ring")}
    >
      <h2 id="unplaced-title" className="font-semibold">
        {t("unplacedTitle")}
      </h2>
      <p className="text-xs text-muted-foreground">{items.length > 0 ? t("unplacedHint") : t("unplacedNone")}</p>
      <OpportunityList items={items}>{children}</OpportunityList>
    </section>
  );
}

function OpportunityList({ items, children }: { items: BoardItem[]; children: (item: BoardItem) => React.ReactNode }) {
  if (items.length === 0) return null;
  return (
    <ul className="grid grid-cols-[minmax(0,1fr)] gap-1">
      {items.map((item) => (
        <li key={item.id} className="min-w-0">
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/** One opportunity: its name linking to its card on the map; for editors a drag handle and Place. */
function OpportunityChip({ item, canPlace, onPlace }: { item: BoardItem; canPlace: boolean; onPlace: () => void }) {
  const t = useTranslations("opportunityMatrix");
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: item.id, disabled: !canPlace });
  const where = item.phaseName ? t("where", { map: item.mapName, phase: item.phaseName }) : t("whereNoPhase", { map: item.mapName });
  return (
    <div
      data-testid="matrix-card"
      data-id={item.id}
      className={cn("flex w-full min-w-0 items-center gap-0.5 rounded border border-border bg-background text-xs shadow-sm", isDragging && "opacity-40")}
    >
      {canPlace && (
        <button
          ref={setNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={t("move", { name: item.name })}
          className="cursor-grab touch-none self-stretch rounded-l px-0.5 text-muted-foreground hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <GripVertical aria-hidden className="h-3.5 w-3.5" />
        </button>
      )}
      <Link
        href={item.href}
        title={t("cardTitle", { name: item.name, where, value: item.customerValue ?? "–", effort: item.effort ?? "–" })}
        className={cn("min-w-0 flex-1 truncate px-1 py-0.5 underline-offset-2 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring", !canPlace && "rounded")}
      >
        {item.name || "…"}
        <span className="sr-only">{` — ${where}`}</span>
      </Link>
      {canPlace && (
        <button
          type="button"
          onClick={onPlace}
          aria-label={t("placeLabel", { name: item.name })}
          className="rounded-r p-1 text-muted-foreground hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <SlidersHorizontal aria-hidden className="h-3 w-3" />
        </button>
      )}
    </div>
  );
}
