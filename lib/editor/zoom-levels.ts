/** The editor's zoom levels; "fit" may land between them. */
const LEVELS = [0.2, 0.3, 0.4, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5];
export const MIN_ZOOM = LEVELS[0]!;
export const MAX_ZOOM = LEVELS.at(-1)!;

/** The next zoom level in `direction` from `zoom`. */
export function nextZoom(zoom: number, direction: 1 | -1): number {
  if (direction === 1) return LEVELS.find((s) => s > zoom + 0.001) ?? MAX_ZOOM;
  return [...LEVELS].reverse().find((s) => s < zoom - 0.001) ?? MIN_ZOOM;
}

/** The zoom that shows `contentWidth` in `availableWidth`: never above 100 %, never below the smallest level. */
export function fitZoom(availableWidth: number, contentWidth: number): number {
  if (contentWidth <= 0 || availableWidth <= 0) return 1;
  return Math.min(1, Math.max(MIN_ZOOM, Math.floor((availableWidth / contentWidth) * 100) / 100));
}
