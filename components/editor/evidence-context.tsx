"use client";
import { createContext, useContext } from "react";
import type { TKpiStatusCounts, TKpiValue, TTouchpointScore } from "@/lib/evidence/client/evidence-schemas";

export type MapEvidenceContextValue = {
  mapId: string;
  slug: string;
  /** Base of the public form links shown in the panel. */
  baseUrl: string;
  /** May create forms and KPIs and enter values (editors, while the editor allows editing). */
  canWrite: boolean;
  /** False until the first answer: cards then show no badge rather than "no feedback". */
  loaded: boolean;
  scores: Record<string, TTouchpointScore>;
  kpis: Record<string, TKpiStatusCounts>;
  /** Per KPI id: its latest value and status, for KPI cards. */
  kpiValues: Record<string, TKpiValue>;
  /** Cards tinted red to green by their score. */
  evidenceView: boolean;
  setEvidenceView: (on: boolean) => void;
  /** Loads the map's scores at once, e.g. after creating a KPI. */
  refresh: () => void;
};

const MapEvidenceContext = createContext<MapEvidenceContextValue | null>(null);
export const MapEvidenceProvider = MapEvidenceContext.Provider;

export function useMapEvidenceContext(): MapEvidenceContextValue {
  const value = useContext(MapEvidenceContext);
  if (!value) throw new Error("useMapEvidenceContext outside the map editor");
  return value;
}
