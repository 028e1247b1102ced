"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { addLane, addPhase, addStep } from "@/lib/journey/map-document";
import { LANE_KINDS, type LaneKind } from "@/lib/journey/map-vocabulary";
import { useEditor } from "./editor-context";

/** "Add phase" (with a first step, as one undo step) and "Add lane" of a chosen kind. */
export function AddStructure() {
  const t = useTranslations("editor");
  const { doc, setRenamingId } = useEditor();
  const [kind, setKind] = useState<LaneKind>("thoughts");
  const kindField = useId();

  const newPhase = () => {
    let phaseId = "";
    doc.transact(() => {
      phaseId = addPhase(doc, t("phase.newPhase"));
      addStep(doc, phaseId, t("phase.newStep"));
    });
    setRenamingId(phaseId);
  };
  const newLane = () => {
    const id = addLane(doc, kind, t(`laneKinds.${kind}`));
    if (kind === "custom") setRenamingId(id);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="outline" size="sm" onClick={newPhase}>
        <Plus aria-hidden className="h-4 w-4" />
        {t("phase.add")}
      </Button>
      <div className="flex items-center gap-1">
        <label htmlFor={kindField} className="sr-only">
          {t("lane.kind")}
        </label>
        <NativeSelect
          id={kindField}
          className="h-8"
          value={kind}
          onChange={(e) => setKind(LANE_KINDS.find((k) => k === e.target.value) ?? "custom")}
        >
          {LANE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`laneKinds.${k}`)}
            </option>
          ))}
        </NativeSelect>
        <Button variant="outline" size="sm" onClick={newLane}>
          <Plus aria-hidden className="h-4 w-4" />
          {t("lane.add")}
        </Button>
      </div>
    </div>
  );
}
