import * as decoding from "lib0/decoding";
import type { WebsocketProvider } from "y-websocket";
import { MESSAGE_COMMENTS } from "@/lib/collab/shared/protocol";
import { type CommentFeedMessage, type CommentView, ZCommentFeedMessage } from "@/lib/comments/schemas";

/**
 * The map's comments in this browser, as the server pushes them over the collaboration
 * socket: the full list on every (re)connection, then each change. A comment's version
 * decides between two readings of it, so a late message never undoes a newer one (a
 * server action's own answer may arrive before or after the push).
 */
export class CommentStore {
  private byId = new Map<string, CommentView>();
  private list: CommentView[] = [];
  private listeners = new Set<() => void>();
  /** Whether the server's list has arrived on this page at least once. */
  loaded = false;

  /** Reads MESSAGE_COMMENTS frames from the provider's socket. */
  listen(provider: WebsocketProvider): void {
    provider.messageHandlers[MESSAGE_COMMENTS] = (_encoder, decoder) => {
      let json: unknown;
      try {
        json = JSON.parse(decoding.readVarString(decoder));
      } catch {
        return;
      }
      const parsed = ZCommentFeedMessage.safeParse(json);
      if (parsed.success) this.apply(parsed.data);
    };
  }

  apply(message: CommentFeedMessage): void {
    if (message.kind === "all") {
      const next = new Map<string, CommentView>();
      for (const c of message.comments) next.set(c.id, c);
      // A newer reading this page already holds (its own write, answered first) wins.
      // Comments missing from the list were deleted meanwhile; changes after it follow it.
      for (const [id, c] of this.byId) {
        const listed = next.get(id);
        if (listed && listed.version < c.version) next.set(id, c);
      }
      this.byId = next;
      this.loaded = true;
      this.changed();
    } else {
      this.merge(message.comment);
    }
  }

  /** Takes a comment (pushed, or the answer of a server action) unless a newer one is held. */
  merge(comment: CommentView): void {
    const held = this.byId.get(comment.id);
    if (held && held.version >= comment.version) return;
    this.byId.set(comment.id, comment);
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The comments that are not deleted, oldest first; the same array until something changes. */
  getSnapshot = (): CommentView[] => this.list;

  private changed(): void {
    this.list = [...this.byId.values()]
      .filter((c) => !c.deleted)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
    for (const l of this.listeners) l();
  }
}
