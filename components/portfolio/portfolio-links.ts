/** Where a phase's figures are read in full: its map's dashboard for the quarter. */
export const phaseDashboardHref = (slug: string, mapId: string, quarter: string) => `/w/${slug}/maps/${mapId}/dashboard?quarter=${quarter}`;
