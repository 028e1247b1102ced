import "server-only";
import { createHash } from "node:crypto";
import * as Y from "yjs";
import { logger } from "@/lib/observability/logger";
import { collabMetrics } from "./metrics";
import type { RedisBus } from "./redis-bus";
import type { Room, RoomRelay } from "./room";
import type { RoomRegistry } from "./rooms";

/** On a map's channel, heard by every server holding the map. */
const UPDATE = 0;
const AWARENESS = 1;
/** "This is what I hold" (state vector and a digest of deletions): holders send back what the sender lacks. */
const STATE = 2;
/** "I no longer hold this map." */
const LEAVE = 3;
/** On one server's own channel: what it lacks, computed for it alone. */
const DIFF = 10;
/** On one server's own channel: "send me what I lack", with the asker's state vector. */
const ASK = 11;

/** How often servers that hold the same map compare their copies. */
export const RECONCILE_MS = 1_000;
/** A server not heard from on a map for this long is taken to hold it no more. */
export const PEER_TTL_MS = 3 * RECONCILE_MS;
/** Even without known peers, a held map is announced this often, to find peers whose hello was lost. */
export const DISCOVERY_MS = 30_000;

const mapChannel = (mapId: string) => `journeyboard:collab:doc:${mapId}`;
const serverChannel = (serverId: string) => `journeyboard:collab:server:${serverId}`;
const MAP_ID_BYTES = 36;

function frame(kind: number, ...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(1 + parts.reduce((n, p) => n + p.length, 0));
  out[0] = kind;
  let at = 1;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A state vector and a digest of the delete set, which state vectors do not reflect. */
type Summary = { stateVector: Uint8Array; deletions: Uint8Array };

function encodeSummary({ stateVector, deletions }: Summary): Uint8Array {
  const out = new Uint8Array(deletions.length + stateVector.length);
  out.set(deletions, 0);
  out.set(stateVector, deletions.length);
  return out;
}

const DIGEST_BYTES = 20;
function decodeSummary(payload: Uint8Array): Summary {
  return { deletions: payload.subarray(0, DIGEST_BYTES), stateVector: payload.subarray(DIGEST_BYTES) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Whether `have` holds a change that `other` lacks. */
function isAhead(have: Map<number, number>, other: Map<number, number>): boolean {
  for (const [client, clock] of have) if ((other.get(client) ?? 0) < clock) return true;
  return false;
}

type Peers = Map<string, number>;

/**
 * Keeps the copies of one map held by several collaboration servers in step through
 * Redis. Routing sends a map's connections to one server, so this matters in the seconds
 * of a failover or a rolling deploy, and must then be right:
 * - each server relays its own clients' updates and presence on the map's channel;
 * - a server holding a map announces its state vector (and a digest of its deletions),
 *   when it loads the map, when Redis is back after a loss, and every RECONCILE_MS while
 *   another server holds the map too; a server that has something the announcer lacks
 *   sends it on the announcer's own channel, never on the shared one, so nobody applies
 *   a diff computed for someone else;
 * - a server that hears of a peer holding a map it serves asks `onPeer`, which decides
 *   whether to hand its clients over to the map's home.
 * Relayed updates are stored by every holder as well: it costs a second row only while
 * two servers hold a map, and it keeps them when the sender dies before its write.
 */
export class RedisRelay implements RoomRelay {
  private readonly peers = new Map<string, Peers>();
  private readonly lastAnnounced = new Map<string, number>();
  /** When this server last said hello for a map: on loading it, and when Redis came back. */
  private readonly helloAt = new Map<string, number>();
  private readonly digests = new WeakMap<Room, { version: number; digest: Uint8Array }>();
  private readonly timer: NodeJS.Timeout;
  private readonly stopReconnect: () => void;
  private readonly ownChannel: Promise<void>;

  constructor(
    private readonly bus: RedisBus,
    private readonly registry: RoomRegistry,
    private readonly onPeer: (room: Room) => void = () => {},
  ) {
    this.ownChannel = bus.subscribe(serverChannel(bus.serverId), (message, sender) => this.receiveDirect(message, sender));
    this.stopReconnect = bus.onReconnect(() => {
      logger.info({ rooms: registry.rooms().length }, "collab: redis is back; re-syncing every map held");
      for (const room of registry.rooms()) this.hello(room);
    });
    this.timer = setInterval(() => this.reconcile(), RECONCILE_MS);
    this.timer.unref();
  }

  get serverId(): string {
    return this.bus.serverId;
  }

  async join(mapId: string): Promise<void> {
    await this.ownChannel;
    await this.bus.subscribe(mapChannel(mapId), (message, sender) => this.receive(mapId, message, sender));
  }

  /** Called once the map's room is in memory: whoever holds it too sends what this copy lacks. */
  ready(room: Room): void {
    this.hello(room);
  }

  private hello(room: Room): void {
    this.helloAt.set(room.mapId, Date.now());
    this.announce(room);
  }

  async leave(mapId: string): Promise<void> {
    this.bus.publish(mapChannel(mapId), frame(LEAVE));
    this.peers.delete(mapId);
    this.lastAnnounced.delete(mapId);
    this.helloAt.delete(mapId);
    await this.bus.unsubscribe(mapChannel(mapId));
  }

  publishUpdate(mapId: string, update: Uint8Array): void {
    if (!this.worthRelaying(mapId)) return;
    collabMetrics.relayedOut.inc();
    this.bus.publish(mapChannel(mapId), frame(UPDATE, update));
  }

  publishAwareness(mapId: string, update: Uint8Array): void {
    if (!this.worthRelaying(mapId)) return;
    this.bus.publish(mapChannel(mapId), frame(AWARENESS, update));
  }

  /**
   * Whether anyone may need this map's updates now: a peer was heard lately, or the map was
   * loaded (or Redis came back) so recently that a peer may not have answered yet. With
   * routing working nobody else holds the map, and its updates stay off Redis; a peer that
   * appears later is sent what it lacks when it announces itself.
   */
  private worthRelaying(mapId: string): boolean {
    if (Date.now() - (this.helloAt.get(mapId) ?? 0) < PEER_TTL_MS) return true;
    const peers = this.peers.get(mapId);
    if (!peers) return false;
    const now = Date.now();
    for (const seen of peers.values()) if (now - seen < PEER_TTL_MS) return true;
    return false;
  }

  /** Servers other than this one that hold the map, as far as this one has heard. */
  peersOf(mapId: string): string[] {
    const now = Date.now();
    return [...(this.peers.get(mapId) ?? new Map()).entries()].filter(([, seen]) => now - seen < PEER_TTL_MS).map(([id]) => id);
  }

  private summarize(room: Room): Summary {
    let cached = this.digests.get(room);
    if (!cached || cached.version !== room.version) {
      // An update with every deletion and no content: the delete set in its canonical form.
      const deletions = Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(room.doc));
      cached = { version: room.version, digest: createHash("sha1").update(deletions).digest() };
      this.digests.set(room, cached);
    }
    return { stateVector: Y.encodeStateVector(room.doc), deletions: cached.digest };
  }

  private announce(room: Room): void {
    this.lastAnnounced.set(room.mapId, Date.now());
    this.bus.publish(mapChannel(room.mapId), frame(STATE, encodeSummary(this.summarize(room))));
  }

  private reconcile(): void {
    const now = Date.now();
    for (const room of this.registry.rooms()) {
      const hasPeers = this.peersOf(room.mapId).length > 0;
      if (hasPeers || now - (this.lastAnnounced.get(room.mapId) ?? 0) >= DISCOVERY_MS) this.announce(room);
      if (hasPeers && room.conns.size > 0) this.onPeer(room);
    }
  }

  private notePeer(mapId: string, sender: string): void {
    let peers = this.peers.get(mapId);
    if (!peers) this.peers.set(mapId, (peers = new Map()));
    const known = peers.has(sender);
    peers.set(sender, Date.now());
    const room = this.registry.get(mapId);
    if (!known && room && room.conns.size > 0) this.onPeer(room);
  }

  private receive(mapId: string, message: Buffer, sender: string): void {
    const room = this.registry.get(mapId);
    if (!room || message.length === 0) return;
    const payload = new Uint8Array(message.buffer, message.byteOffset + 1, message.length - 1);
    try {
      switch (message[0]) {
        case UPDATE:
          this.notePeer(mapId, sender);
          collabMetrics.relayedIn.inc();
          room.applyRelayedUpdate(payload);
          break;
        case AWARENESS:
          this.notePeer(mapId, sender);
          room.applyRelayedAwareness(payload);
          break;
        case STATE:
          this.notePeer(mapId, sender);
          this.answerState(room, sender, decodeSummary(payload));
          break;
        case LEAVE:
          this.peers.get(mapId)?.delete(sender);
          break;
      }
    } catch (error) {
      logger.warn({ mapId, err: String(error) }, "collab: dropped a malformed relay message");
    }
  }

  /** Sends the announcer what it lacks, and asks it for what this copy lacks. */
  private answerState(room: Room, sender: string, theirs: Summary): void {
    const ours = this.summarize(room);
    const ourClocks = Y.decodeStateVector(ours.stateVector);
    const theirClocks = Y.decodeStateVector(theirs.stateVector);
    const deletionsDiffer = !sameBytes(ours.deletions, theirs.deletions);
    if (deletionsDiffer || isAhead(ourClocks, theirClocks)) {
      this.sendDirect(sender, DIFF, room.mapId, Y.encodeStateAsUpdate(room.doc, theirs.stateVector));
    }
    if (deletionsDiffer || isAhead(theirClocks, ourClocks)) this.sendDirect(sender, ASK, room.mapId, ours.stateVector);
  }

  private sendDirect(serverId: string, kind: number, mapId: string, payload: Uint8Array): void {
    this.bus.publish(serverChannel(serverId), frame(kind, Buffer.from(mapId), payload));
  }

  private receiveDirect(message: Buffer, sender: string): void {
    if (message.length < 1 + MAP_ID_BYTES) return;
    const mapId = message.subarray(1, 1 + MAP_ID_BYTES).toString();
    const room = this.registry.get(mapId);
    if (!room) return;
    const payload = new Uint8Array(message.buffer, message.byteOffset + 1 + MAP_ID_BYTES, message.length - 1 - MAP_ID_BYTES);
    try {
      this.notePeer(mapId, sender);
      if (message[0] === DIFF) {
        collabMetrics.reconciled.inc();
        room.applyRelayedUpdate(payload);
      } else if (message[0] === ASK) {
        this.sendDirect(sender, DIFF, mapId, Y.encodeStateAsUpdate(room.doc, payload));
      }
    } catch (error) {
      logger.warn({ mapId, err: String(error) }, "collab: dropped a malformed relay message");
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.stopReconnect();
    await this.bus.unsubscribe(serverChannel(this.bus.serverId)).catch(() => {});
  }
}
