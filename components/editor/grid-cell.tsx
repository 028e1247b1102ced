"use client";
import { memo, useRef } from "react";
import type { CardData, LaneData, StepData } from "@/lib/journey/map-document";
import type { CardKind } from "@/lib/journey/map-vocabulary";
import { cn } from "@/lib/utils";
import { CardComposer } from "./card-composer";
import { CardItem } from "./card-item";
import { useCellNearScreen } from "./cell-visibility";
import { useEditor } from "./editor-context";
import { useCellDrop } from "./grid-dnd";

type Props = {
  lane: LaneData;
  step: StepData;
  kind: CardKind;
  cards: CardData[];
  openComments: Map<string, number>;
  editingByOthers: Map<string, { name: string; color: string }>;
};

// The cell's padding (p-1.5, top and bottom) and bottom border: the observer measures the
// whole cell, the placeholder stands for its content.
const CELL_CHROME = 13;
// A card's usual height on the grid, for the space an unrendered cell holds.
const CARD_HEIGHT_ESTIMATE = 76;

/**
 * One lane × step cell: its cards, a drop target for cards of the lane's kind, and "add card".
 * Re-renders only when its own cards (kept as the same array while unchanged, see MapGrid),
 * its lane's or step's name, or the comment and presence maps change, so an edit in one
 * cell of a big map repaints that cell rather than every card.
 */
export const GridCell = memo(function GridCell({ lane, step, kind, cards, openComments, editingByOthers }: Props) {
  const { canEdit } = useEditor();
  const ref = useRef<HTMLTableCellElement>(null);
  const { near, height } = useCellNearScreen(ref, cards.length * CARD_HEIGHT_ESTIMATE + (canEdit ? 28 : 0) + CELL_CHROME);
  const drop = useCellDrop(
    { accepts: "card", id: `${lane.id}:${step.id}`, label: `${lane.name} · ${step.name}`, cardKind: kind, cell: { laneId: lane.id, stepId: step.id } },
    !canEdit,
  );
  return (
    <td
      ref={(node) => {
        ref.current = node;
        drop.setNodeRef(node);
      }}
      data-lane-id={lane.id}
      data-step-id={step.id}
      className={cn("group/cell border-b border-r border-border p-1.5 align-top", drop.isOver && "bg-primary/5 ring-2 ring-inset ring-ring")}
    >
      {near ? (
        <div className="grid gap-1.5">
          {cards.map((card) => (
            <CardItem key={card.id} card={card} laneKind={lane.kind} openComments={openComments.get(card.id) ?? 0} editingBy={editingByOthers.get(card.id)} />
          ))}
          {canEdit && <CardComposer laneId={lane.id} stepId={step.id} kind={kind} laneName={lane.name} stepName={step.name} />}
        </div>
      ) : (
        <div data-cell-placeholder style={{ height: Math.max(0, height - CELL_CHROME) }} />
      )}
    </td>
  );
}, sameCell);

function sameCell(a: Props, b: Props): boolean {
  return (
    a.cards === b.cards &&
    a.kind === b.kind &&
    a.lane.id === b.lane.id &&
    a.lane.name === b.lane.name &&
    a.lane.kind === b.lane.kind &&
    a.step.id === b.step.id &&
    a.step.name === b.step.name &&
    a.openComments === b.openComments &&
    a.editingByOthers === b.editingByOthers
  );
}
