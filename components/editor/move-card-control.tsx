"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { Move } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CardData, getCardsInCell, getLanes, getPhases, getSteps, moveCard } from "@/lib/journey/map-document";
import { cardMoveTarget, type CardMoveKey, lanesForCard } from "@/lib/editor/grid-moves";
import { useEditor } from "./editor-context";
import { IconButton } from "./icon-button";

const ARROWS: ReadonlySet<string> = new Set<CardMoveKey>(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]);
const isArrow = (key: string): key is CardMoveKey => ARROWS.has(key);

// A moved card re-mounts in its new cell; this names the card whose move button takes
// focus back there, so arrow presses can continue.
let focusAfterMove: string | null = null;
export function takeFocusAfterMove(cardId: string): boolean {
  if (focusAfterMove !== cardId) return false;
  focusAfterMove = null;
  return true;
}

/**
 * Moving a card without a mouse: arrow keys on this button move it to the neighbouring
 * cell; Enter opens a dialog to pick any lane and step.
 */
export function MoveCardControl({ card, label, buttonRef }: { card: CardData; label: string; buttonRef: React.Ref<HTMLButtonElement> }) {
  const t = useTranslations("editor.card");
  const { doc } = useEditor();
  const [open, setOpen] = useState(false);
  const hintId = useId();

  function onKeyDown(e: React.KeyboardEvent) {
    const key = e.key;
    if (!isArrow(key)) return;
    e.preventDefault();
    const target = cardMoveTarget(key, card, card.kind, getLanes(doc), getSteps(doc));
    if (!target) return;
    focusAfterMove = card.id;
    moveCard(doc, card.id, target.laneId, target.stepId, Number.MAX_SAFE_INTEGER);
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <IconButton ref={buttonRef} label={t("move", { text: label })} aria-describedby={hintId} onKeyDown={onKeyDown}>
          <Move className="h-3.5 w-3.5" />
        </IconButton>
      </Dialog.Trigger>
      <span id={hintId} className="sr-only">
        {t("moveHint")}
      </span>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 grid w-full max-w-sm -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg bg-background p-6 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">{t("moveTitle", { text: label })}</Dialog.Title>
          <Dialog.Description className="sr-only">{t("moveHint")}</Dialog.Description>
          {open && <MoveCardForm card={card} onDone={() => setOpen(false)} />}
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
