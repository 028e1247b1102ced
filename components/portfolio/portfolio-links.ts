/** Where a phase's figures are read in full: its map's dashboard for the quarter, filtered to the phase. */
export const phaseDashboardHref = (slug: string, mapId: string, quarter: string, phaseId?: string) =>
  `/w/${slug}/maps/${mapId}/dashboard?quarter=${quarter}${phaseId ? `&phase=${phaseId}` : ""}`;
