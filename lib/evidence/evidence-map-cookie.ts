/**
 * The cookie in which the Feedback & KPIs page's map picker remembers the map last chosen
 * in this browser. Its path is the page's (/w/<slug>/evidence), so each workspace has its
 * own; the server only uses it when it names one of the workspace's live maps.
 */
export const EVIDENCE_MAP_COOKIE = "jb-evidence-map";

export function rememberEvidenceMap(pagePath: string, mapId: string): void {
  document.cookie = `${EVIDENCE_MAP_COOKIE}=${encodeURIComponent(mapId)}; path=${pagePath}; max-age=${365 * 24 * 60 * 60}; samesite=lax`;
}
