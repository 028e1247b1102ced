"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { Trash2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { type MapContent, updateCard } from "@/lib/journey/map-document";
import { CardComments } from "./card-comments";
import { CommitTextarea } from "./commit-input";
import { useMapComments } from "@/lib/collab/client/use-map-comments";
import { useEditor } from "./editor-context";
import { KpiCardLink } from "./kpi-card-link";
import { OpportunityFields } from "./opportunity-fields";
import { TouchpointEvidence } from "./touchpoint-evidence";
import { TouchpointFields } from "./touchpoint-fields";
import { useDeleteCard } from "./use-delete-card";

/** The side panel of one card: its text, the fields of its kind, a touchpoint's evidence, and its comments. */
export function CardPanel({ cardId, content, onClose }: { cardId: string | null; content: MapContent; onClose: () => void }) {
  const t = useTranslations("editor.panel");
  const { doc, session, canEdit } = useEditor();
  const comments = useMapComments(session.comments);
  const deleteCard = useDeleteCard();
  const textId = useId();
  const card = cardId ? content.cards.find((c) => c.id === cardId) : undefined;
  const lane = card && content.lanes.find((l) => l.id === card.laneId);
  const step = card && content.steps.find((s) => s.id === card.stepId);

  return (
    <Dialog.Root open={cardId !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/20" />
        <Dialog.Content
          data-testid="card-panel"
          className="fixed right-0 top-0 z-50 flex h-full w-full max-w-md flex-col gap-5 overflow-y-auto border-l border-border bg-background p-6 shadow-xl"
          onEscapeKeyDown={(e) => {
            // Escape first closes an open @mention list inside the panel.
            if (e.target instanceof HTMLElement && e.target.getAttribute("aria-expanded") === "true") e.preventDefault();
          }}
        >
          <div className="flex items-start justify-between gap-2">
            <div>
              <Dialog.Title className="text-lg font-semibold">{card ? t(`title.${card.kind}`) : t("gone")}</Dialog.Title>
              <Dialog.Description className="text-sm text-muted-foreground">
                {card ? [lane?.name, step?.name].filter(Boolean).join(" · ") : t("goneDescription")}
              </Dialog.Description>
            </div>
            <Dialog.Close asChild>
              <Button variant="ghost" size="icon" aria-label={t("close")}>
                <X className="h-4 w-4" />
              </Button>
            </Dialog.Close>
          </div>
          {card && (
            <>
              <div className="grid gap-1.5">
                <Label htmlFor={textId}>{t("text")}</Label>
                <CommitTextarea id={textId} disabled={!canEdit} maxLength={2000} value={card.text} onCommit={(text) => updateCard(doc, card.id, { text })} />
              </div>
              {card.kind === "touchpoint" && <TouchpointFields card={card} />}
              {card.kind === "opportunity" && <OpportunityFields card={card} />}
              {lane?.kind === "kpis" && <KpiCardLink card={card} />}
              {card.kind === "touchpoint" && <TouchpointEvidence key={card.id} touchpointId={card.id} touchpointName={card.text} />}
              <CardComments cardId={card.id} comments={comments.filter((c) => c.cardId === card.id)} />
              {canEdit && (
                <Button
                  variant="outline"
                  className="mt-auto self-start text-destructive"
                  onClick={() => {
                    deleteCard(card.id);
                    onClose();
                  }}
                >
                  <Trash2 aria-hidden className="h-4 w-4" />
                  {t("delete")}
                </Button>
              )}
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
