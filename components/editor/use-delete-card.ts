"use client";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { deleteCard, getCard, restoreCard } from "@/lib/journey/map-document";
import { useEditor } from "./editor-context";

/**
 * Deletes a card at once and offers Undo in a toast. Undo replays the user's own undo
 * step when it is still the latest one; otherwise (they changed more since) the card is
 * put back as it was (its comments, rows keyed by the card id, show again).
 */
export function useDeleteCard() {
  const t = useTranslations("editor.card");
  const { doc, session } = useEditor();
  return (cardId: string) => {
    const card = getCard(doc, cardId);
    if (!card) return;
    const undo = session.undoManager;
    undo.stopCapturing();
    deleteCard(doc, cardId);
    const step = undo.undoStack.at(-1);
    undo.stopCapturing();
    toast(t("deleted", { text: card.text || t("untitled") }), {
      action: {
        label: t("undoDelete"),
        onClick: () => {
          if (step && undo.undoStack.at(-1) === step) undo.undo();
          else restoreCard(doc, card);
        },
      },
    });
  };
}
