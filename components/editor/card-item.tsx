"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Textarea } from "@/components/ui/input";
import { evidenceCardTint } from "@/lib/evidence/client/score-badge";
import { type CardData, updateCard } from "@/lib/journey/map-document";
import type { LaneKind } from "@/lib/journey/map-vocabulary";
import { cn } from "@/lib/utils";
import { CardFacts } from "./card-face";
import { useEditor } from "./editor-context";
import { useMapEvidenceContext } from "./evidence-context";
import { useGridItem } from "./grid-dnd";
import { ItemMenu } from "./item-menu";
import { KpiCardValue } from "./kpi-card-value";
import { LANE_LOOK } from "./lane-look";
import { canMoveCard, MoveCardDialog, moveCardToNeighbour, takeFocusAfterMove } from "./move-card";
import { TouchpointScoreBadge } from "./touchpoint-score-badge";
import { useDeleteCard } from "./use-delete-card";

type Props = {
  card: CardData;
  laneKind: LaneKind;
  openComments: number;
  /** Someone else editing this card right now. */
  editingBy?: { name: string; color: string };
};

/**
 * A card in a cell: its text (click to edit in place), its facts and evidence, and one menu
 * (shown on hover and focus) for details, moves and delete. A pointer drags the card itself.
 * Kept to a handful of elements: a big map renders hundreds of them.
 */
export function CardItem({ card, laneKind, openComments, editingBy }: Props) {
  const t = useTranslations("editor.card");
  const tm = useTranslations("editor.menu");
  const { canEdit, doc, openCard, setEditing } = useEditor();
  const evidence = useMapEvidenceContext();
  const isTouchpoint = card.kind === "touchpoint";
  const tint = evidenceCardTint({ evidenceView: evidence.evidenceView, isTouchpoint, loaded: evidence.loaded, score: evidence.scores[card.id] });
  const deleteCard = useDeleteCard();
  const [editing, setEditingLocal] = useState(false);
  const [moving, setMoving] = useState(false);
  const [draft, setDraft] = useState(card.text);
  const menuButton = useRef<HTMLButtonElement>(null);
  const label = card.text || t("untitled");
  const item = useGridItem(
    { kind: "card", id: card.id, label, cardKind: card.kind },
    { accepts: "card", id: card.id, label, cardKind: card.kind, cell: { laneId: card.laneId, stepId: card.stepId }, isCard: true },
    !canEdit || editing,
  );

  useEffect(() => {
    if (takeFocusAfterMove(card.id)) menuButton.current?.focus();
  }, [card.id]);

  const startEditing = () => {
    setDraft(card.text);
    setEditingLocal(true);
    setEditing(card.id);
  };
  const finish = (save: boolean) => {
    const text = draft.trim();
    if (save && text && text !== card.text) updateCard(doc, card.id, { text });
    setEditingLocal(false);
    setEditing(null);
  };

  return (
    <div
      ref={item.setNodeRef}
      data-testid="card"
      data-card-id={card.id}
      data-kind={card.kind}
      data-editing-by={editingBy?.name}
      data-tint={tint ? tint.color : undefined}
      data-tint-hue={tint ? tint.hue : undefined}
      data-evidence={tint === null ? "none" : undefined}
      {...item.pointerProps}
      className={cn(
        "group relative rounded-md border p-2 text-sm shadow-sm",
        LANE_LOOK[laneKind].card,
        card.kind === "opportunity" && laneKind !== "opportunities" && "border-l-4 border-l-emerald-500",
        card.critical && "border-l-4 border-l-destructive",
        tint === null && cn("bg-muted text-muted-foreground opacity-70", !card.critical && "border-l-border"),
        canEdit && !editing && "cursor-grab",
        item.isOver && "ring-2 ring-ring",
        item.isDragging && "opacity-40",
      )}
      style={{
        ...(tint ? { background: tint.background, borderColor: tint.color } : {}),
        // A critical touchpoint keeps its red edge whatever its score.
        ...(tint && card.critical ? { borderLeftColor: "var(--color-destructive)" } : {}),
        ...(editingBy ? { boxShadow: `0 0 0 2px ${editingBy.color}` } : {}),
      }}
    >
      {editingBy && (
        <span className="absolute -top-2.5 right-1 rounded px-1 text-[10px] font-medium text-white" style={{ backgroundColor: editingBy.color }}>
          {t("editingBy", { name: editingBy.name })}
        </span>
      )}
      {editing ? (
        <Textarea
          autoFocus
          aria-label={t("textLabel")}
          value={draft}
          maxLength={2000}
          rows={2}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              finish(true);
            } else if (e.key === "Escape") {
              e.preventDefault();
              finish(false);
            }
          }}
          className="min-h-12 text-sm"
        />
      ) : (
        <button
          type="button"
          onClick={canEdit ? startEditing : () => openCard(card.id)}
          aria-label={canEdit ? t("edit", { text: label }) : t("open", { text: label })}
          className={cn(
            "block w-full whitespace-pre-wrap break-words rounded pr-5 text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            canEdit && "cursor-text",
            !card.text && "italic text-muted-foreground",
          )}
        >
          {label}
        </button>
      )}
      <CardFacts card={card} openComments={openComments} />
      {isTouchpoint && <TouchpointScoreBadge touchpointId={card.id} />}
      {card.kpiId && <KpiCardValue kpiId={card.kpiId} />}
      {!editing && (
        <ItemMenu
          ref={menuButton}
          label={t("menu", { text: label })}
          className="absolute right-1 top-1"
          actions={() => [
            ...(canEdit ? [{ label: tm("editText"), onSelect: startEditing }] : []),
            { label: tm("details"), onSelect: () => openCard(card.id) },
            ...(canEdit
              ? [
                  { label: tm("moveToPreviousStep"), onSelect: () => moveCardToNeighbour(doc, card, "ArrowLeft"), disabled: !canMoveCard(doc, card, "ArrowLeft") },
                  { label: tm("moveToStep"), onSelect: () => moveCardToNeighbour(doc, card, "ArrowRight"), disabled: !canMoveCard(doc, card, "ArrowRight") },
                  { label: tm("moveToLaneAbove"), onSelect: () => moveCardToNeighbour(doc, card, "ArrowUp"), disabled: !canMoveCard(doc, card, "ArrowUp") },
                  { label: tm("moveToLaneBelow"), onSelect: () => moveCardToNeighbour(doc, card, "ArrowDown"), disabled: !canMoveCard(doc, card, "ArrowDown") },
                  { label: tm("moveTo"), onSelect: () => setMoving(true) },
                  { label: tm("delete"), onSelect: () => deleteCard(card.id) },
                ]
              : []),
          ]}
        />
      )}
      {moving && <MoveCardDialog card={card} label={label} open={moving} onOpenChange={setMoving} />}
    </div>
  );
}
