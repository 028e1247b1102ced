import "server-only";
import { z } from "zod";
import { listMapComments } from "@/lib/comments/comment-rows";
import { commentsChanged, type CommentChanged } from "@/lib/comments/comments-changed";
import { ZCommentView } from "@/lib/comments/schemas";
import type { CollabConnection } from "./connection";
import { encodeComments } from "./messages";
import type { RedisBus } from "./redis-bus";
import type { Room } from "./room";
import type { RoomRegistry } from "./rooms";
import { logger } from "@/lib/observability/logger";

export const COMMENTS_CHANNEL = "journeyboard:collab:comments-changed";
const ZCommentChanged = z.object({ workspaceId: z.uuid(), mapId: z.uuid(), comment: ZCommentView });

/**
 * Brings comments (rows written by server actions) to the map's open sockets: each new
 * connection gets the map's list once it has joined, and every committed change goes to
 * every socket of the map, on this server and, through Redis, on the others.
 */
export class CommentFeed {
  private readonly onLocal = (change: CommentChanged) => {
    this.bus?.publishJson(COMMENTS_CHANNEL, change);
    this.deliver(change);
  };

  constructor(
    private readonly registry: RoomRegistry,
    private readonly bus: RedisBus | null,
  ) {}

  async start(): Promise<void> {
    commentsChanged().on("changed", this.onLocal);
    await this.bus?.subscribeJson(COMMENTS_CHANNEL, ZCommentChanged, (change) => this.deliver(change));
  }

  stop(): void {
    commentsChanged().off("changed", this.onLocal);
  }

  deliver(change: CommentChanged): void {
    const room = this.registry.get(change.mapId);
    if (!room || room.workspaceId !== change.workspaceId) return;
    const message = encodeComments({ kind: "changed", comment: change.comment });
    for (const conn of room.conns) conn.sendComment(message);
  }

  /**
   * Sends a connection that has just joined the map's comments. Read after it joined, so
   * a change committed meanwhile is in the list or held for it; either way it arrives.
   */
  async welcome(room: Room, conn: CollabConnection): Promise<void> {
    try {
      const comments = await listMapComments({ workspaceId: room.workspaceId, mapId: room.mapId });
      conn.startComments(encodeComments({ kind: "all", comments }));
    } catch (error) {
      logger.error({ mapId: room.mapId, err: error }, "collab: could not read the comments of a map");
      // The client reconnects and asks again.
      conn.close(1011, "comments unavailable");
    }
  }
}
