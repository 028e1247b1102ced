"use client";
import { ZMapEvidence, ZTouchpointEvidence } from "./evidence-schemas";
import { usePolledEvidence } from "./use-polled-evidence";

/** Live scores per touchpoint id and KPI status counts per touchpoint/phase id of one map. */
export function useMapEvidence(mapId: string) {
  return usePolledEvidence(`/api/maps/${encodeURIComponent(mapId)}/evidence`, ZMapEvidence);
}

/** One touchpoint's side-panel evidence, kept fresh while the panel is open; null id loads nothing. */
export function useTouchpointEvidence(mapId: string, touchpointId: string | null) {
  const url = touchpointId ? `/api/maps/${encodeURIComponent(mapId)}/evidence?touchpointId=${encodeURIComponent(touchpointId)}` : null;
  return usePolledEvidence(url, ZTouchpointEvidence);
}
