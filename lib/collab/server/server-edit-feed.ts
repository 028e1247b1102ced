import "server-only";
import { z } from "zod";
import type { RedisBus } from "./redis-bus";
import type { RoomRegistry } from "./rooms";
import { type ServerEdit, serverEdits } from "./server-edits";
import { logger } from "@/lib/observability/logger";

export const SERVER_EDITS_CHANNEL = "journeyboard:collab:server-edits";
const ZServerEditMessage = z.object({ workspaceId: z.uuid(), mapId: z.uuid(), update: z.base64() });

/**
 * Brings edits the app stored (server-edits.ts) into the live document of a map held here,
 * and through Redis on the other collaboration servers: open editors see them at once. A
 * map still loading gets the edit once loaded (applying it twice changes nothing); a map
 * held nowhere needs nothing: it reads the stored log when it is next opened.
 */
export class ServerEditFeed {
  private readonly onLocal = (edit: ServerEdit) => {
    this.bus?.publishJson(SERVER_EDITS_CHANNEL, { workspaceId: edit.workspaceId, mapId: edit.mapId, update: Buffer.from(edit.update).toString("base64") });
    void this.deliver(edit);
  };

  constructor(
    private readonly registry: RoomRegistry,
    private readonly bus: RedisBus | null,
  ) {}

  async start(): Promise<void> {
    serverEdits().on("edited", this.onLocal);
    await this.bus?.subscribeJson(SERVER_EDITS_CHANNEL, ZServerEditMessage, (message) =>
      void this.deliver({ workspaceId: message.workspaceId, mapId: message.mapId, update: new Uint8Array(Buffer.from(message.update, "base64")) }),
    );
  }

  stop(): void {
    serverEdits().off("edited", this.onLocal);
  }

  async deliver(edit: ServerEdit): Promise<void> {
    const held = this.registry.held(edit.mapId);
    if (!held) return;
    try {
      const room = await held;
      if (room.workspaceId !== edit.workspaceId) return;
      room.applyServerEdit(edit.update);
    } catch (error) {
      // A room that failed to load has nothing to bring up to date; a bad update is not applied.
      logger.warn({ mapId: edit.mapId, err: error }, "collab: could not apply a server edit to a live map");
    }
  }
}
