import "server-only";
import * as Y from "yjs";
import type { RedisBus } from "./redis-bus";
import type { RoomRelay } from "./room";
import type { RoomRegistry } from "./rooms";

const UPDATE = 0;
const AWARENESS = 1;
/** "Send me what I lack": carries a state vector; servers holding the map answer with an UPDATE. */
const QUERY = 2;

const channelOf = (mapId: string) => `journeyboard:collab:doc:${mapId}`;
const frame = (kind: number, payload: Uint8Array) => {
  const out = new Uint8Array(payload.length + 1);
  out[0] = kind;
  out.set(payload, 1);
  return out;
};

/**
 * Keeps the copies of one map held by several collaboration servers in step through
 * Redis: each server relays its own clients' updates and presence; relayed updates are
 * applied but not stored again (their server stored them). A server that loads a map
 * subscribes first, loads from the database, then asks the others for anything it lacks,
 * which covers updates still on their way to the database.
 */
export class RedisRelay implements RoomRelay {
  constructor(
    private readonly bus: RedisBus,
    private readonly registry: RoomRegistry,
  ) {}

  async join(mapId: string): Promise<void> {
    await this.bus.subscribe(channelOf(mapId), (message) => this.receive(mapId, message));
  }

  /** Called once the map's room is in memory. */
  ready(mapId: string, doc: Y.Doc): void {
    this.bus.publish(channelOf(mapId), frame(QUERY, Y.encodeStateVector(doc)));
  }

  async leave(mapId: string): Promise<void> {
    await this.bus.unsubscribe(channelOf(mapId));
  }

  publishUpdate(mapId: string, update: Uint8Array): void {
    this.bus.publish(channelOf(mapId), frame(UPDATE, update));
  }

  publishAwareness(mapId: string, update: Uint8Array): void {
    this.bus.publish(channelOf(mapId), frame(AWARENESS, update));
  }

  private receive(mapId: string, message: Buffer): void {
    const room = this.registry.get(mapId);
    if (!room || message.length === 0) return;
    const payload = new Uint8Array(message.buffer, message.byteOffset + 1, message.length - 1);
    try {
      if (message[0] === UPDATE) room.applyRelayedUpdate(payload);
      else if (message[0] === AWARENESS) room.applyRelayedAwareness(payload);
      else if (message[0] === QUERY) {
        const missing = Y.encodeStateAsUpdate(room.doc, payload);
        // An update with nothing in it is two zero bytes.
        if (missing.length > 2) this.publishUpdate(mapId, missing);
      }
    } catch (error) {
      console.warn(`collab: dropped a malformed relay message for map ${mapId}`, error);
    }
  }

  async close(): Promise<void> {}
}
