import type { EventEmitter } from "node:events";
import { processEmitter } from "@/lib/events/process-emitter";

/**
 * Raised after sessions are ended on the server (sign-out, "sign out everywhere", a
 * password change, removal from the last workspace), so the collaboration server closes
 * their open sockets. On globalThis because the custom server and the Next.js bundle load
 * this module separately in one process; relayed over Redis between processes.
 */
export type SessionsEnded = { userId: string; sessionIds: string[] };

export function sessionsEnded(): EventEmitter {
  return processEmitter("sessions-ended");
}

export function notifySessionsEnded(change: SessionsEnded): void {
  sessionsEnded().emit("ended", change);
}
