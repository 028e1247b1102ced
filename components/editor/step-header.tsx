"use client";
import { deleteStep, getPhases, getSteps, moveStep, renameStep, type StepData } from "@/lib/journey/map-document";
import { stepMoveTarget } from "@/lib/editor/grid-moves";
import { useEditor } from "./editor-context";
import { StructureHeader } from "./structure-header";

/** A step's column header; moving past the edge of its phase moves it into the next phase. */
export function StepHeader({ step, first, last }: { step: StepData; first: boolean; last: boolean }) {
  const { doc } = useEditor();
  const move = (direction: "previous" | "next") => {
    const target = stepMoveTarget(getPhases(doc).map((p) => p.id), getSteps(doc), step.id, direction);
    if (target) moveStep(doc, step.id, target.phaseId, target.index);
  };

  return (
    <StructureHeader
      kind="step"
      id={step.id}
      name={step.name}
      first={first}
      last={last}
      onMove={move}
      onRename={(v) => renameStep(doc, step.id, v)}
      onDelete={() => deleteStep(doc, step.id)}
    />
  );
}
