import { EventEmitter } from "node:events";

/**
 * Raised after sessions are ended on the server (sign-out, "sign out everywhere", a
 * password change, removal from the last workspace), so the collaboration server closes
 * their open sockets. On globalThis because the custom server and the Next.js bundle load
 * this module separately in one process; relayed over Redis between processes.
 */
export type SessionsEnded = { userId: string; sessionIds: string[] };

const KEY = Symbol.for("journeyboard.sessions-ended");
type G = typeof globalThis & { [KEY]?: EventEmitter };

export function sessionsEnded(): EventEmitter {
  const g = globalThis as G;
  g[KEY] ??= new EventEmitter().setMaxListeners(0);
  return g[KEY];
}

export function notifySessionsEnded(change: SessionsEnded): void {
  sessionsEnded().emit("ended", change);
}
