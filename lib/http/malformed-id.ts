/**
 * Paths whose id segments are not ids at all: refused with 404 in the proxy, before any
 * page or route handler runs a query with them. `except` lists the words that share an
 * id's place in a path (`/maps/import`, `/snapshots/compare`).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ID_SEGMENTS: Array<{ pattern: RegExp; except?: string[] }> = [
  { pattern: /^\/api\/maps\/([^/]+)/ },
  { pattern: /^\/api\/feedback-forms\/([^/]+)/ },
  { pattern: /^\/api\/feedback-imports\/([^/]+)/ },
  { pattern: /^\/api\/v1\/maps\/([^/]+)/ },
  { pattern: /^\/w\/[^/]+\/maps\/([^/]+)/, except: ["import"] },
  { pattern: /^\/w\/[^/]+\/maps\/[^/]+\/snapshots\/([^/]+)/, except: ["compare"] },
  { pattern: /^\/w\/[^/]+\/notifications\/([^/]+)/, except: ["unread-count"] },
];

export function hasMalformedId(pathname: string): boolean {
  return ID_SEGMENTS.some(({ pattern, except }) => {
    const segment = pattern.exec(pathname)?.[1];
    if (segment === undefined) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    return !UUID.test(decoded) && !except?.includes(decoded);
  });
}
