"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type * as Y from "yjs";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CardData, getCardsInCell, getLanes, getPhases, getSteps, moveCard } from "@/lib/journey/map-document";
import { cardMoveTarget, type CardMoveKey, lanesForCard } from "@/lib/editor/grid-moves";
import { useEditor } from "./editor-context";

// A moved card re-mounts in its new cell; this names the card whose menu button takes
// focus back there, so the next move is one menu away.
let focusAfterMove: string | null = null;
export function takeFocusAfterMove(cardId: string): boolean {
  if (focusAfterMove !== cardId) return false;
  focusAfterMove = null;
  return true;
}

/** Moves a card to the neighbouring cell in `key`'s direction; false when there is none. */
export function moveCardToNeighbour(doc: Y.Doc, card: CardData, key: CardMoveKey): boolean {
  const target = cardMoveTarget(key, card, card.kind, getLanes(doc), getSteps(doc));
  if (!target) return false;
  focusAfterMove = card.id;
  moveCard(doc, card.id, target.laneId, target.stepId, Number.MAX_SAFE_INTEGER);
  return true;
}

/** Whether `key` would move the card anywhere (for disabling the menu's move items). */
export const canMoveCard = (doc: Y.Doc, card: CardData, key: CardMoveKey) => cardMoveTarget(key, card, card.kind, getLanes(doc), getSteps(doc)) !== null;

/** "Move to…": a dialog to pick any lane and step for the card, opened from its menu. */
export function MoveCardDialog({ card, label, open, onOpenChange }: { card: CardData; label: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("editor.card");
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 grid w-[calc(100%-2rem)] max-w-sm -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg bg-background p-6 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">{t("moveTitle", { text: label })}</Dialog.Title>
          <Dialog.Description className="sr-only">{t("moveHint")}</Dialog.Description>
          {open && <MoveCardForm card={card} onDone={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function MoveCardForm({ card, onDone }: { card: CardData; onDone: () => void }) {
  const t = useTranslations("editor.card");
  const { doc } = useEditor();
  const lanes = lanesForCard(getLanes(doc), card.kind);
  const phases = getPhases(doc);
  const steps = getSteps(doc);
  const [laneId, setLaneId] = useState(card.laneId);
  const [stepId, setStepId] = useState(card.stepId);
  const laneField = useId();
  const stepField = useId();

  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const same = laneId === card.laneId && stepId === card.stepId;
        if (!same) moveCard(doc, card.id, laneId, stepId, getCardsInCell(doc, laneId, stepId).length);
        onDone();
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor={laneField}>{t("targetLane")}</Label>
        <NativeSelect id={laneField} value={laneId} onChange={(e) => setLaneId(e.target.value)}>
          {lanes.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={stepField}>{t("targetStep")}</Label>
        <NativeSelect id={stepField} value={stepId} onChange={(e) => setStepId(e.target.value)}>
          {phases.map((p) => (
            <optgroup key={p.id} label={p.name}>
              {steps
                .filter((s) => s.phaseId === p.id)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </NativeSelect>
      </div>
      <div className="flex justify-end gap-2">
        <Dialog.Close asChild>
          <Button type="button" variant="outline">
            {t("cancel")}
          </Button>
        </Dialog.Close>
        <Button type="submit">{t("moveSubmit")}</Button>
      </div>
    </form>
  );
}
