import type { EventEmitter } from "node:events";
import { processEmitter } from "@/lib/events/process-emitter";

/**
 * Raised after a membership is removed or its role changed, so open real-time
 * connections can be re-decided. Kept on globalThis because the custom server and the
 * Next.js bundle load this module separately in one process; the collaboration server
 * relays it over Redis when several processes run.
 */
export type AccessChange = { workspaceId: string; userId: string };

export function accessChanges(): EventEmitter {
  return processEmitter("access-changes");
}

export function notifyAccessChanged(change: AccessChange): void {
  accessChanges().emit("change", change);
}
