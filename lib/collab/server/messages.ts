import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CLOSE_CODES, MESSAGE_COMMENTS, MESSAGE_SAVE_FAILED } from "@/lib/collab/shared/protocol";
import type { CommentFeedMessage } from "@/lib/comments/schemas";
import type { CollabConnection } from "./connection";
import { isMessageTooLarge } from "./limits";
import { guardAwarenessUpdate, type AwarenessOwners } from "./presence-guard";
import { deletedShareOf, LARGE_DELETION_SHARE } from "./deletion-guard";
import type { ScratchCopy } from "./scratch-copy";
import { logger } from "@/lib/observability/logger";
import { collabMetrics } from "./metrics";

/** y-websocket's message types (the first varuint of every message). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Bytes of updates waiting for missing dependencies a room holds before it drops them. */
export const MAX_PENDING_BYTES = 256 * 1024;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

export function encodeSaveFailed(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVE_FAILED);
  return encoding.toUint8Array(encoder);
}

export function encodeComments(message: CommentFeedMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_COMMENTS);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

export type MessageTarget = {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Resolves once everything received so far is committed; without it replies go at once. */
  whenStored?: () => Promise<void>;
  /** Which connection owns each awareness client id (presence-guard.ts). */
  awarenessOwners: AwarenessOwners;
  /** Called with the state from just before an update that deleted much of others' content. */
  onLargeDeletion?: (conn: CollabConnection, stateBefore: Uint8Array) => void;
  /** Where a client's update is tried before it touches `doc` (scratch-copy.ts). */
  scratch?: ScratchCopy;
};

/** Bytes held in the document for updates whose dependencies never arrived. */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/**
 * The diff a client with `stateVector` lacks, without updates still waiting for their
 * dependencies: those are someone else's half-sent changes, not the document.
 */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep2(encoder, doc, stateVector);
    return encoding.toUint8Array(encoder);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}

/**
 * Applies a client's update only if the whole of it decodes and it applies cleanly to the
 * room's scratch copy: a truncated, corrupted or otherwise failing update is refused
 * before any part of it reaches the document, so nothing half-applied is kept, relayed
 * or stored. Throws on a malformed update.
 */
function applyCheckedUpdate(target: MessageTarget, update: Uint8Array, conn: CollabConnection): void {
  const { doc } = target;
  const { ds } = Y.decodeUpdate(update);
  target.scratch?.tryApply(update);
  // Applied regardless (it is a CRDT), but a large deletion keeps the state from before it.
  const stateBefore =
    target.onLargeDeletion && deletedShareOf(doc, ds, conn.awarenessIds) > LARGE_DELETION_SHARE ? Y.encodeStateAsUpdate(doc) : null;
  const before = pendingBytes(doc);
  Y.applyUpdate(doc, update, conn);
  if (stateBefore) target.onLargeDeletion!(conn, stateBefore);
  if (pendingBytes(doc) > before && pendingBytes(doc) > MAX_PENDING_BYTES) {
    // Dependencies that never come: drop what waits for them, and the connection that sent it.
    doc.store.pendingStructs = null;
    doc.store.pendingDs = null;
    target.scratch?.rebuild();
    throw new Error("too many updates with missing dependencies");
  }
}

/**
 * Handles one message from a client, as y-websocket's reference server does, except
 * that a read-only connection's document changes (sync step 2 and updates) are dropped
 * before they touch the document: it may ask for the state and announce its presence,
 * nothing more. Updates are applied with the connection as origin, so the room knows
 * whom not to echo them to and whose edit it was.
 */
export function handleMessage(target: MessageTarget, conn: CollabConnection, message: Uint8Array): void {
  if (!conn.isOpen) return;
  if (isMessageTooLarge(message)) {
    conn.close(CLOSE_CODES.messageTooLarge, "message too large");
    return;
  }
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        const stateVector = decoding.readVarUint8Array(decoder);
        Y.decodeStateVector(stateVector);
        const reply = () => {
          if (conn.isOpen) conn.send(encodeSyncStep2(target.doc, stateVector));
        };
        // The editor's "Saved" is this reply: it leaves only once what arrived before it is committed.
        if (conn.readOnly || !target.whenStored) reply();
        else conn.replyWhenStored(target.whenStored(), reply);
      } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        if (conn.readOnly) return;
        applyCheckedUpdate(target, decoding.readVarUint8Array(decoder), conn);
      } else {
        throw new Error(`unknown sync message type ${syncType}`);
      }
    } else if (type === MESSAGE_AWARENESS) {
      const guarded = guardAwarenessUpdate(decoding.readVarUint8Array(decoder), conn, target.awareness, target.awarenessOwners);
      if (guarded) awarenessProtocol.applyAwarenessUpdate(target.awareness, guarded, conn);
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      conn.send(encodeAwareness(target.awareness, [...target.awareness.getStates().keys()]));
    }
    // MESSAGE_AUTH and unknown types are ignored: the server alone decides permissions.
  } catch (error) {
    // A malformed message says the client is broken or hostile; it can reconnect and resync.
    // One line per connection: it closes now, and what it still sends is not read.
    // Counted, and logged at debug level only: a hostile client must not fill the log.
    if (conn.isOpen) {
      collabMetrics.rejected.inc({ reason: "malformed" });
      logger.debug({ mapId: conn.mapId, userId: conn.userId, err: String(error) }, "collab: closed a connection after a malformed message");
    }
    conn.close(1007, "malformed message");
  }
}
