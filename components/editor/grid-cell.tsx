"use client";
import type { CardData, LaneData, StepData } from "@/lib/journey/map-document";
import type { CardKind } from "@/lib/journey/map-vocabulary";
import { cn } from "@/lib/utils";
import { CardComposer } from "./card-composer";
import { CardItem } from "./card-item";
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

/** One lane × step cell: its cards, a drop target for cards of the lane's kind, and "add card". */
export function GridCell({ lane, step, kind, cards, openComments, editingByOthers }: Props) {
  const { canEdit } = useEditor();
  const drop = useCellDrop(
    { accepts: "card", id: `${lane.id}:${step.id}`, label: `${lane.name} · ${step.name}`, cardKind: kind, cell: { laneId: lane.id, stepId: step.id } },
    !canEdit,
  );
  return (
    <td
      ref={drop.setNodeRef}
      data-lane-id={lane.id}
      data-step-id={step.id}
      className={cn("border-b border-r border-border p-1.5 align-top", drop.isOver && "bg-primary/5 ring-2 ring-inset ring-ring")}
    >
      <div className="grid gap-1.5">
        {cards.map((card) => (
          <CardItem key={card.id} card={card} openComments={openComments.get(card.id) ?? 0} editingBy={editingByOthers.get(card.id)} />
        ))}
        {canEdit && <CardComposer laneId={lane.id} stepId={step.id} kind={kind} laneName={lane.name} stepName={step.name} />}
      </div>
    </td>
  );
}
