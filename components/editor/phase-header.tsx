"use client";
import { useTranslations } from "next-intl";
import { addStep, deletePhase, getPhases, movePhase, type PhaseData, renamePhase } from "@/lib/journey/map-document";
import { neighbourIndex } from "@/lib/editor/grid-moves";
import { useEditor } from "./editor-context";
import { StructureHeader } from "./structure-header";

/** A phase's header, spanning its steps' columns. */
export function PhaseHeader({ phase, span, first, last }: { phase: PhaseData; span: number; first: boolean; last: boolean }) {
  const t = useTranslations("editor.phase");
  const tm = useTranslations("editor.menu");
  const { doc, setRenamingId } = useEditor();
  const name = phase.name;
  const move = (direction: "previous" | "next") => {
    const index = neighbourIndex(getPhases(doc), phase.id, direction);
    if (index !== null) movePhase(doc, phase.id, index);
  };
  const addStepHere = () => setRenamingId(addStep(doc, phase.id, t("newStep")));

  return (
    <StructureHeader
      kind="phase"
      id={phase.id}
      name={name}
      colSpan={span}
      first={first}
      last={last}
      onMove={move}
      onRename={(v) => renamePhase(doc, phase.id, v)}
      onDelete={() => deletePhase(doc, phase.id)}
      actions={[{ label: tm("addStep"), onSelect: addStepHere }]}
    />
  );
}
