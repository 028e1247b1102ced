import "server-only";
import type { CollabConnection } from "./connection";
import { Room, type RoomOptions, type RoomRelay } from "./room";
import { logger } from "@/lib/observability/logger";

/** How long a map without connections stays in memory, so a quick reconnect need not reload it. */
export const UNLOAD_GRACE_MS = 30_000;

/**
 * The maps this server holds in memory, one Room per map. Loading is shared by
 * concurrent connections; a map being unloaded finishes storing before it is loaded again.
 */
export class RoomRegistry {
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly loaded = new Map<string, Room>();
  private readonly unloading = new Map<string, Promise<void>>();
  relay: RoomRelay | null = null;

  constructor(private readonly options: RoomOptions & { unloadGraceMs?: number } = {}) {}

  /** The map's room, loading it from the database if it is not in memory. */
  acquire(mapId: string, workspaceId: string): Promise<Room> {
    let room = this.loading.get(mapId);
    if (!room) {
      room = (async () => {
        await this.unloading.get(mapId);
        await this.relay?.join(mapId);
        const loadedRoom = await Room.load(mapId, workspaceId, this.options, this.relay);
        this.loaded.set(mapId, loadedRoom);
        this.relay?.ready(loadedRoom);
        return loadedRoom;
      })();
      this.loading.set(mapId, room);
      room.catch(() => this.loading.delete(mapId));
    }
    return room;
  }

  /** The map's room if it is in memory or being loaded; undefined otherwise (nothing is loaded). */
  held(mapId: string): Promise<Room> | undefined {
    return this.loading.get(mapId);
  }

  get(mapId: string): Room | undefined {
    return this.loaded.get(mapId);
  }

  attach(room: Room, conn: CollabConnection): void {
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    room.unloadTimer = null;
    room.add(conn);
  }

  detach(room: Room, conn: CollabConnection): void {
    if (room.remove(conn)) this.releaseIfIdle(room);
  }

  /** Starts the grace period of a room nobody is connected to. */
  releaseIfIdle(room: Room): void {
    if (room.conns.size > 0 || room.unloadTimer || this.loaded.get(room.mapId) !== room) return;
    room.unloadTimer = setTimeout(() => this.unload(room), this.options.unloadGraceMs ?? UNLOAD_GRACE_MS);
    room.unloadTimer.unref();
  }

  private unload(room: Room): void {
    room.unloadTimer = null;
    if (room.conns.size > 0 || this.loaded.get(room.mapId) !== room) return;
    this.forget(room);
    const done = room
      .close()
      .then(() => this.relay?.leave(room.mapId))
      .catch((error) => logger.error({ mapId: room.mapId, err: error }, "collab: could not store map on unload"))
      .finally(() => this.unloading.delete(room.mapId));
    this.unloading.set(room.mapId, done);
  }

  private forget(room: Room): void {
    this.loaded.delete(room.mapId);
    this.loading.delete(room.mapId);
  }

  /** Open connections of one user in one workspace, across maps. */
  connectionsOf(workspaceId: string, userId: string): Array<{ room: Room; conn: CollabConnection }> {
    const found: Array<{ room: Room; conn: CollabConnection }> = [];
    for (const room of this.loaded.values()) {
      if (room.workspaceId !== workspaceId) continue;
      for (const conn of room.conns) if (conn.userId === userId) found.push({ room, conn });
    }
    return found;
  }

  /** Open connections of one user, in every workspace. */
  connectionsOfUser(userId: string): Array<{ room: Room; conn: CollabConnection }> {
    const found: Array<{ room: Room; conn: CollabConnection }> = [];
    for (const room of this.loaded.values()) for (const conn of room.conns) if (conn.userId === userId) found.push({ room, conn });
    return found;
  }

  rooms(): Room[] {
    return [...this.loaded.values()];
  }

  /** Closes every room; `store: false` drops pending writes as a crash would (tests only). */
  async closeAll(options: { store?: boolean } = {}): Promise<void> {
    await Promise.allSettled(this.loading.values());
    const rooms = this.rooms();
    for (const room of rooms) this.forget(room);
    await Promise.all([...rooms.map((room) => room.close(options)), ...this.unloading.values()]);
  }
}
