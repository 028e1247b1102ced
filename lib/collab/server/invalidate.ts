import "server-only";
import { z } from "zod";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import { isAppError } from "@/lib/errors/app-error";
import { sessionsEnded, type SessionsEnded } from "@/lib/auth/sessions-ended";
import { accessChanges, type AccessChange } from "@/lib/members/access-changed";
import { hasPermission } from "@/lib/permissions/roles";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import type { RedisBus } from "./redis-bus";
import type { RoomRegistry } from "./rooms";
import { logger } from "@/lib/observability/logger";

export const ACCESS_CHANNEL = "journeyboard:collab:access-changed";
export const SESSIONS_CHANNEL = "journeyboard:collab:sessions-ended";
const ZAccessChange = z.object({ workspaceId: z.uuid(), userId: z.string().min(1) });
const ZSessionsEnded = z.object({ userId: z.string().min(1), sessionIds: z.array(z.string().min(1)).max(10_000) });

/**
 * Makes membership changes reach open sockets: for the user's connections in that
 * workspace the membership is loaded again; a removed member is closed with
 * CLOSE_CODES.authorizationChanged, a member who may no longer write becomes read-only
 * on the spot and is then closed too, so the editor reconnects with a read-only ticket and
 * shows it at once; one who may now write is closed so the client fetches a writable ticket. With a Redis bus, changes made in one process reach every collaboration server.
 */
export class AccessWatch {
  private readonly versions = new Map<string, number>();
  private readonly onLocal = (change: AccessChange) => {
    this.bus?.publishJson(ACCESS_CHANNEL, change);
    void this.reconsider(change);
  };
  private readonly onLocalSessionsEnded = (ended: SessionsEnded) => {
    this.bus?.publishJson(SESSIONS_CHANNEL, ended);
    this.closeSessions(ended);
  };

  constructor(
    private readonly registry: RoomRegistry,
    private readonly bus: RedisBus | null,
  ) {}

  async start(): Promise<void> {
    accessChanges().on("change", this.onLocal);
    sessionsEnded().on("ended", this.onLocalSessionsEnded);
    await this.bus?.subscribeJson(ACCESS_CHANNEL, ZAccessChange, (change) => void this.reconsider(change));
    await this.bus?.subscribeJson(SESSIONS_CHANNEL, ZSessionsEnded, (ended) => this.closeSessions(ended));
  }

  stop(): void {
    accessChanges().off("change", this.onLocal);
    sessionsEnded().off("ended", this.onLocalSessionsEnded);
  }

  /** Sockets of ended sessions close as unauthorized: the editor shows it is signed out. */
  closeSessions(ended: SessionsEnded): void {
    const ids = new Set(ended.sessionIds);
    for (const { conn } of this.registry.connectionsOfUser(ended.userId)) {
      if (!ids.has(conn.sessionId)) continue;
      conn.readOnly = true;
      conn.close(CLOSE_CODES.unauthorized, "session ended");
    }
  }

  /**
   * Counts changes per user, so a connection authorised while a change was on its way
   * can tell (the count moved) and be decided again once it is attached.
   */
  versionOf(userId: string): number {
    return this.versions.get(userId) ?? 0;
  }

  async reconsider(change: AccessChange): Promise<void> {
    this.versions.set(change.userId, this.versionOf(change.userId) + 1);
    const open = this.registry.connectionsOf(change.workspaceId, change.userId);
    if (open.length === 0) return;
    let readOnly: boolean | null;
    try {
      const ctx = await authorizeWorkspace({ userId: change.userId, workspace: { id: change.workspaceId }, permission: "maps.read" });
      readOnly = !hasPermission(ctx.role, "maps.write");
    } catch (error) {
      // Anything but a clear answer ends the connection: the client reconnects and is decided afresh.
      if (!isAppError(error)) logger.error({ err: error }, "collab: could not re-authorize");
      readOnly = null;
    }
    for (const { conn } of this.registry.connectionsOf(change.workspaceId, change.userId)) {
      if (readOnly === null || conn.readOnly !== readOnly) {
        // Read-only first: nothing this connection still sends before it closes is applied.
        if (readOnly) conn.readOnly = true;
        conn.close(CLOSE_CODES.authorizationChanged, "authorization changed");
      }
    }
  }
}
