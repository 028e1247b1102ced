import type * as Y from "yjs";
import { addCard, addCurve, addLane, addPhase, addStep, type MapContent, setCurveEmotion, setEmotion, setLaneHidden } from "@/lib/journey/map-document";

/**
 * Writes a copy of `source` into `target` with fresh ids for every phase, step, lane and
 * card. Fresh ids matter: the projection tables key phases, steps and touchpoints by
 * their document id, so a copy sharing ids would overwrite the original's rows and
 * attach its evidence to the wrong map. Order, emotions (extra curves too), hidden lanes and card fields are
 * kept; comments (rows of their own) are not: they are a conversation about the original.
 * Cards whose step or lane no longer exists are left behind.
 */
export function copyMapContent(source: MapContent, target: Y.Doc): void {
  target.transact(() => {
    const phaseIds = new Map<string, string>();
    const stepIds = new Map<string, string>();
    const laneIds = new Map<string, string>();
    // Each collection is read in its order and appended, so relative order carries over.
    for (const phase of source.phases) phaseIds.set(phase.id, addPhase(target, phase.name, undefined, undefined, phase.templateKey));
    for (const step of source.steps) {
      const phaseId = phaseIds.get(step.phaseId);
      if (!phaseId) continue;
      const id = addStep(target, phaseId, step.name);
      if (step.emotion !== null && step.emotion !== undefined) setEmotion(target, id, step.emotion);
      stepIds.set(step.id, id);
    }
    for (const lane of source.lanes) {
      const id = addLane(target, lane.kind, lane.name);
      if (lane.hidden) setLaneHidden(target, id, true);
      laneIds.set(lane.id, id);
    }
    for (const card of source.cards) {
      const laneId = laneIds.get(card.laneId);
      const stepId = stepIds.get(card.stepId);
      if (!laneId || !stepId) continue;
      const { id: _id, order: _order, ...fields } = card;
      addCard(target, { ...fields, laneId, stepId });
    }
    for (const curve of source.curves ?? []) {
      const id = addCurve(target, curve.name);
      for (const [stepId, value] of Object.entries(curve.values)) {
        const newStep = stepIds.get(stepId);
        if (newStep) setCurveEmotion(target, id, newStep, value);
      }
    }
  });
}
