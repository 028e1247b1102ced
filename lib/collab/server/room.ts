import "server-only";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import { CollabConnection } from "./connection";
import { encodeAwareness, encodeSaveFailed, encodeSyncStep1, handleMessage } from "./messages";
import { storeAutomaticSnapshot } from "./automatic-snapshot";
import { moveDocumentComments } from "@/lib/comments/move-document-comments";
import { assignOpportunityOwners } from "./assign-opportunity-owners";
import { COMPACT_EVERY_ROWS, loadStoredUpdates, UpdateLog } from "./persistence";
import { Projector } from "./projection";
import { ScratchCopy } from "./scratch-copy";
import { SERVER_EDIT } from "./server-edits";
import { UpdateFanout } from "./update-fanout";
import { collabMetrics } from "./metrics";
import { logger } from "@/lib/observability/logger";

/** Origin of updates that came from another collaboration server, which stores them itself. */
export const RELAYED = Symbol("relayed");

export type RoomOptions = {
  flushDelayMs?: number;
  compactEveryRows?: number;
  projectionDebounceMs?: number;
  projectionMaxWaitMs?: number;
};

/** Hooks through which a room reaches the other collaboration servers, when there are any. */
export type RoomRelay = {
  join(mapId: string): Promise<void>;
  ready(room: Room): void;
  leave(mapId: string): Promise<void>;
  publishUpdate(mapId: string, update: Uint8Array): void;
  publishAwareness(mapId: string, update: Uint8Array): void;
};

/**
 * One map's live document in memory: its connections, their presence, the update log
 * that stores every change and the projector that keeps the relational tables current.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Set<CollabConnection>();
  /** Which connection owns each awareness client id: a client speaks only for its own. */
  readonly awarenessOwners = new Map<number, CollabConnection>();
  private readonly log: UpdateLog;
  private readonly projector: Projector;
  private readonly fanout = new UpdateFanout(this.conns);
  /** Client updates are tried here first; it follows the document's other changes itself. */
  readonly scratch: ScratchCopy;
  /** Counts the document's changes, so a summary of it can be cached until the next one. */
  version = 0;
  /** Set by the registry while the room waits to be unloaded. */
  unloadTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly mapId: string,
    readonly workspaceId: string,
    stored: Uint8Array[],
    options: RoomOptions,
    private readonly relay: RoomRelay | null,
  ) {
    this.log = new UpdateLog(mapId, { flushDelayMs: options.flushDelayMs, compactEveryRows: options.compactEveryRows });
    this.projector = new Projector(mapId, workspaceId, this.doc, {
      debounceMs: options.projectionDebounceMs,
      maxWaitMs: options.projectionMaxWaitMs,
    });
    // Applied before the listeners are attached: what is loaded is neither stored again nor sent.
    this.doc.transact(() => {
      for (const update of stored) Y.applyUpdate(this.doc, update);
    });
    this.awareness.setLocalState(null);
    this.scratch = new ScratchCopy(this.doc, (origin) => origin instanceof CollabConnection);
    this.doc.on("update", this.onUpdate);
    this.awareness.on("update", this.onAwareness);
    this.log.onWriteFailed(() => {
      const message = encodeSaveFailed();
      for (const conn of this.conns) if (conn.isWaitingForStore) conn.send(message);
    });
    // Brings the relational tables up to date with what was stored, edited or not.
    this.projector.schedule();
    // A long log (left by a crash, or by another server) is folded now rather than at unload.
    if (stored.length > (options.compactEveryRows ?? COMPACT_EVERY_ROWS)) this.log.compactInBackground();
  }

  static async load(mapId: string, workspaceId: string, options: RoomOptions = {}, relay: RoomRelay | null = null): Promise<Room> {
    const room = new Room(mapId, workspaceId, await loadStoredUpdates(mapId), options, relay);
    try {
      await moveDocumentComments({ workspaceId, mapId, doc: room.doc });
    } catch (error) {
      // The map opens regardless; the move is tried again when it is next loaded.
      logger.error({ mapId, err: error }, "collab: could not move the comments of a map to rows");
    }
    try {
      room.projector.noteMatchedOwners(await assignOpportunityOwners({ workspaceId, doc: room.doc }));
    } catch (error) {
      logger.error({ mapId, err: error }, "collab: could not match the opportunity owners of a map to members");
    }
    return room;
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    this.version++;
    this.fanout.push(update, origin);
    // Relayed updates are stored and projected here too: their sender may die before its
    // own write, and a copy that was behind must bring its tables up to date. A server edit
    // was committed to the log before it reached the room.
    if (origin !== SERVER_EDIT) this.log.append(update);
    this.projector.schedule(origin instanceof CollabConnection ? origin.userId : null);
    if (origin instanceof CollabConnection) collabMetrics.updatesIn.inc();
    if (origin !== RELAYED) this.relay?.publishUpdate(this.mapId, update);
  };

  private onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin instanceof CollabConnection) {
      for (const id of removed) {
        origin.awarenessIds.delete(id);
        if (this.awarenessOwners.get(id) === origin) this.awarenessOwners.delete(id);
      }
    }
    // Presence may refer to content (a cursor on a new card): the content goes first.
    this.fanout.flush();
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(this.awareness, changed);
    for (const conn of this.conns) conn.send(message);
    if (origin !== RELAYED) this.relay?.publishAwareness(this.mapId, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
  };

  /** Starts a connection the way y-websocket clients expect: our state vector, then who is here. */
  add(conn: CollabConnection): void {
    this.conns.add(conn);
    conn.send(encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) conn.send(encodeAwareness(this.awareness, [...states.keys()]));
  }

  receive(conn: CollabConnection, message: Uint8Array): void {
    handleMessage(this, conn, message);
  }

  onLargeDeletion = (conn: CollabConnection, stateBefore: Uint8Array): void => {
    void storeAutomaticSnapshot({ mapId: this.mapId, workspaceId: this.workspaceId, userId: conn.userId, userName: conn.identity.name, state: stateBefore }).catch(
      (error) => logger.error({ mapId: this.mapId, err: error }, "collab: could not keep a snapshot before a large deletion"),
    );
  };

  /** Resolves once every update this room has received is committed to PostgreSQL. */
  whenStored = (): Promise<void> => this.log.whenStored();

  /** Removes a connection and its presence; returns whether the room is now empty. */
  remove(conn: CollabConnection): boolean {
    if (!this.conns.delete(conn)) return this.conns.size === 0;
    for (const id of conn.awarenessIds) if (this.awarenessOwners.get(id) === conn) this.awarenessOwners.delete(id);
    if (conn.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    return this.conns.size === 0;
  }

  applyRelayedUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, RELAYED);
  }

  /** Applies an edit the app already stored (server-edits.ts): sent to every editor, projected, not stored again. */
  applyServerEdit(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, SERVER_EDIT);
  }

  applyRelayedAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAYED);
  }

  /** Sends every client to reconnect, through the router, to the server that is the map's home. */
  handOver(): void {
    for (const conn of this.conns) conn.close(CLOSE_CODES.mapMoved, "map moved");
  }

  /** Waits until everything received so far is stored and projected. */
  async flush(): Promise<void> {
    await this.log.flush();
    await this.projector.flush();
  }

  /**
   * Closes the room's sockets and frees the document. With `store` (the normal case) it
   * first writes and compacts what is pending; without, pending writes are lost as in a
   * crash (for tests).
   */
  async close({ store = true, code = CLOSE_CODES.serverRestart }: { store?: boolean; code?: number } = {}): Promise<void> {
    if (this.unloadTimer) clearTimeout(this.unloadTimer);
    // Written before the sockets close: the server they reconnect to loads it from the database.
    if (store) await this.log.flush().catch(() => {});
    for (const conn of this.conns) conn.close(code, "server closing");
    this.conns.clear();
    this.doc.off("update", this.onUpdate);
    this.awareness.off("update", this.onAwareness);
    this.scratch.destroy();
    this.fanout.cancel();
    this.awareness.destroy();
    try {
      if (store) {
        await this.projector.flush();
        await this.log.close();
      } else {
        this.projector.cancel();
        this.log.abandon();
      }
    } finally {
      this.doc.destroy();
    }
  }
}
