"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addCard, type NewCard } from "@/lib/journey/map-document";
import type { CardKind } from "@/lib/journey/map-vocabulary";
import { Textarea } from "@/components/ui/input";
import { useEditor } from "./editor-context";

const DEFAULTS: Record<CardKind, Partial<NewCard>> = {
  note: {},
  touchpoint: { channel: null, department: "", medium: null, senses: [], critical: false },
  opportunity: { ownerId: null, status: "idea", dueDate: null },
};

/**
 * "Add card": a draft typed in place, added to the map on Enter (Shift+Enter for a new
 * line; the box stays open for the next card) or when leaving the field; Escape drops it.
 */
export function CardComposer({ laneId, stepId, kind, laneName, stepName }: { laneId: string; stepId: string; kind: CardKind; laneName: string; stepName: string }) {
  const t = useTranslations("editor.card");
  const { doc } = useEditor();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");

  const finish = (save: boolean) => {
    const value = text.trim();
    if (save && value) addCard(doc, { laneId, stepId, kind, text: value, ...DEFAULTS[kind] });
    setText("");
    setOpen(false);
  };

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("add", { lane: laneName, step: stepName })}
        className="flex w-full items-center justify-center gap-1 rounded-md border border-dashed border-transparent py-1 text-xs text-muted-foreground opacity-0 hover:border-border hover:text-foreground focus-visible:border-ring focus-visible:opacity-100 focus-visible:outline-none group-hover/cell:opacity-100 [@media(hover:none)]:opacity-100"
      >
        <Plus aria-hidden className="h-3.5 w-3.5" />
        <span className="sr-only sm:not-sr-only">{t("addShort")}</span>
      </button>
    );
  }
  return (
    <Textarea
      autoFocus
      aria-label={t("newLabel", { lane: laneName, step: stepName })}
      placeholder={t("placeholder")}
      value={text}
      maxLength={2000}
      rows={2}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && !e.shiftKey) {
          // Stays open for the next card; leaving the field or Escape closes it.
          e.preventDefault();
          const value = text.trim();
          if (value) addCard(doc, { laneId, stepId, kind, text: value, ...DEFAULTS[kind] });
          setText("");
        } else if (e.key === "Escape") {
          e.preventDefault();
          finish(false);
        }
      }}
      className="min-h-12 text-sm"
    />
  );
}
