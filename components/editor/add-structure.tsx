"use client";
import { ChevronDown, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger, keepFocusMovedByItem } from "@/components/ui/dropdown-menu";
import { addLane, addPhase, addStep } from "@/lib/journey/map-document";
import { LANE_KINDS } from "@/lib/journey/map-vocabulary";
import { useEditor } from "./editor-context";
import { LANE_LOOK } from "./lane-look";

/**
 * "Add phase" (with a first step, as one undo step) and "Add lane", a menu of the lane
 * kinds. The new item's name opens for typing, which also scrolls it into view.
 */
export function AddStructure() {
  const t = useTranslations("editor");
  const { doc, setRenamingId } = useEditor();

  const newPhase = () => {
    let phaseId = "";
    doc.transact(() => {
      phaseId = addPhase(doc, t("phase.newPhase"));
      addStep(doc, phaseId, t("phase.newStep"));
    });
    setRenamingId(phaseId);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="outline" size="sm" onClick={newPhase}>
        <Plus aria-hidden className="h-4 w-4" />
        {t("phase.add")}
      </Button>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm">
            <Plus aria-hidden className="h-4 w-4" />
            {t("lane.add")}
            <ChevronDown aria-hidden className="h-3.5 w-3.5" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" onCloseAutoFocus={keepFocusMovedByItem}>
          {LANE_KINDS.map((kind) => {
            const Icon = LANE_LOOK[kind].icon;
            return (
              <DropdownMenuItem key={kind} onSelect={() => setRenamingId(addLane(doc, kind, t(`laneKinds.${kind}`)))}>
                <Icon aria-hidden className={`h-4 w-4 ${LANE_LOOK[kind].accent}`} />
                {t(`laneKinds.${kind}`)}
              </DropdownMenuItem>
            );
          })}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
