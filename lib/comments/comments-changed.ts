import { EventEmitter } from "node:events";
import type { CommentView } from "./schemas";

/**
 * Raised after a comment row is committed, so the collaboration server pushes it to the
 * map's open editors. On globalThis because the custom server and the Next.js bundle load
 * this module separately in one process; relayed over Redis between processes.
 */
export type CommentChanged = { workspaceId: string; mapId: string; comment: CommentView };

const KEY = Symbol.for("journeyboard.comments-changed");
type G = typeof globalThis & { [KEY]?: EventEmitter };

export function commentsChanged(): EventEmitter {
  const g = globalThis as G;
  g[KEY] ??= new EventEmitter().setMaxListeners(0);
  return g[KEY];
}

export function notifyCommentChanged(change: CommentChanged): void {
  commentsChanged().emit("changed", change);
}
