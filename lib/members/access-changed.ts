import { EventEmitter } from "node:events";

/**
 * Raised after a membership is removed or its role changed, so open real-time
 * connections can be re-decided. Kept on globalThis because the custom server and the
 * Next.js bundle load this module separately in one process; the collaboration server
 * relays it over Redis when several processes run.
 */
export type AccessChange = { workspaceId: string; userId: string };

const KEY = Symbol.for("journeyboard.access-changes");
type G = typeof globalThis & { [KEY]?: EventEmitter };

export function accessChanges(): EventEmitter {
  const g = globalThis as G;
  g[KEY] ??= new EventEmitter().setMaxListeners(0);
  return g[KEY];
}

export function notifyAccessChanged(change: AccessChange): void {
  accessChanges().emit("change", change);
}
