import type { EventEmitter } from "node:events";
import { processEmitter } from "@/lib/events/process-emitter";
import type { CommentView } from "./schemas";

/**
 * Raised after a comment row is committed, so the collaboration server pushes it to the
 * map's open editors. On globalThis because the custom server and the Next.js bundle load
 * this module separately in one process; relayed over Redis between processes.
 */
export type CommentChanged = { workspaceId: string; mapId: string; comment: CommentView };

export function commentsChanged(): EventEmitter {
  return processEmitter("comments-changed");
}

export function notifyCommentChanged(change: CommentChanged): void {
  commentsChanged().emit("changed", change);
}
