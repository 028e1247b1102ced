import type * as Y from "yjs";
import { getCardsInCell, getLanes, getPhases, getSteps, moveCard, moveLane, movePhase, moveStep } from "@/lib/journey/map-document";
import { cardDropIndex, dropIndex, stepDropTarget } from "@/lib/editor/grid-moves";
import type { DragData, DropData } from "./grid-dnd";

/** Applies a finished drag to the document. */
export function applyDrop(doc: Y.Doc, drag: DragData, drop: DropData): void {
  switch (drag.kind) {
    case "phase": {
      const index = dropIndex(getPhases(doc), drag.id, drop.id);
      if (index !== null) movePhase(doc, drag.id, index);
      return;
    }
    case "lane": {
      const index = dropIndex(getLanes(doc), drag.id, drop.id);
      if (index !== null) moveLane(doc, drag.id, index);
      return;
    }
    case "step": {
      const target = stepDropTarget(getSteps(doc), drag.id, drop.id);
      if (target) moveStep(doc, drag.id, target.phaseId, target.index);
      return;
    }
    case "card": {
      if (!drop.cell || drop.cardKind !== drag.cardKind || drop.id === drag.id) return;
      const { laneId, stepId } = drop.cell;
      const cellCards = getCardsInCell(doc, laneId, stepId);
      const index = drop.isCard ? cardDropIndex(cellCards, drag.id, drop.id) : cellCards.filter((c) => c.id !== drag.id).length;
      moveCard(doc, drag.id, laneId, stepId, index);
    }
  }
}
