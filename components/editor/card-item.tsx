"use client";
import { GripVertical, PanelRight, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { evidenceCardTint } from "@/lib/evidence/client/score-badge";
import { type CardData, updateCard } from "@/lib/journey/map-document";
import { cn } from "@/lib/utils";
import { Textarea } from "@/components/ui/input";
import { CardFacts } from "./card-face";
import { useEditor } from "./editor-context";
import { useMapEvidenceContext } from "./evidence-context";
import { useGridItem } from "./grid-dnd";
import { IconButton } from "./icon-button";
import { MoveCardControl, takeFocusAfterMove } from "./move-card-control";
import { TouchpointScoreBadge } from "./touchpoint-score-badge";
import { useDeleteCard } from "./use-delete-card";

type Props = {
  card: CardData;
  openComments: number;
  /** Someone else editing this card right now. */
  editingBy?: { name: string; color: string };
};

/** A card in a cell: text edited in place, details in the side panel, draggable by its grip. */
export function CardItem({ card, openComments, editingBy }: Props) {
  const t = useTranslations("editor.card");
  const { canEdit, doc, openCard, setEditing } = useEditor();
  const evidence = useMapEvidenceContext();
  const isTouchpoint = card.kind === "touchpoint";
  const tint = evidenceCardTint({ evidenceView: evidence.evidenceView, isTouchpoint, loaded: evidence.loaded, score: evidence.scores[card.id] });
  const deleteCard = useDeleteCard();
  const [editing, setEditingLocal] = useState(false);
  const [draft, setDraft] = useState(card.text);
  const moveButton = useRef<HTMLButtonElement>(null);
  const label = card.text || t("untitled");
  const item = useGridItem(
    { kind: "card", id: card.id, label, cardKind: card.kind },
    { accepts: "card", id: card.id, label, cardKind: card.kind, cell: { laneId: card.laneId, stepId: card.stepId }, isCard: true },
    !canEdit || editing,
  );

  useEffect(() => {
    if (takeFocusAfterMove(card.id)) moveButton.current?.focus();
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
      className={cn(
        "group relative rounded-md border border-border bg-card p-2 text-sm shadow-sm",
        card.kind === "touchpoint" && "border-l-4 border-l-chart-2",
        card.kind === "opportunity" && "border-l-4 border-l-chart-3",
        card.critical && "border-l-destructive",
        tint === null && cn("bg-muted text-muted-foreground opacity-70", !card.critical && "border-l-border"),
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
      <div className="flex items-start gap-1">
        {canEdit && !editing && (
          <IconButton label={t("drag", { text: label })} className="-ml-1 cursor-grab" {...item.handleProps}>
            <GripVertical className="h-3.5 w-3.5" />
          </IconButton>
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
            className="min-w-0 flex-1 whitespace-pre-wrap break-words rounded text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            {card.text || <span className="italic text-muted-foreground">{t("untitled")}</span>}
          </button>
        )}
      </div>
      <CardFacts card={card} openComments={openComments} />
      {isTouchpoint && <TouchpointScoreBadge touchpointId={card.id} />}
      {!editing && (
        <div className="mt-1 flex justify-end gap-0.5">
          <IconButton label={t("details", { text: label })} onClick={() => openCard(card.id)}>
            <PanelRight className="h-3.5 w-3.5" />
          </IconButton>
          {canEdit && <MoveCardControl card={card} label={label} buttonRef={moveButton} />}
          {canEdit && (
            <IconButton label={t("delete", { text: label })} onClick={() => deleteCard(card.id)}>
              <Trash2 className="h-3.5 w-3.5" />
            </IconButton>
          )}
        </div>
      )}
    </div>
  );
}
