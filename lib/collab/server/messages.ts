import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CLOSE_CODES } from "@/lib/collab/shared/protocol";
import type { CollabConnection } from "./connection";
import { isMessageTooLarge } from "./limits";

/** y-websocket's message types (the first varuint of every message). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

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

export type MessageTarget = { doc: Y.Doc; awareness: awarenessProtocol.Awareness };

/**
 * Handles one message from a client, as y-websocket's reference server does, except
 * that a read-only connection's document changes (sync step 2 and updates) are dropped
 * before they touch the document: it may ask for the state and announce its presence,
 * nothing more. Updates are applied with the connection as origin, so the room knows
 * whom not to echo them to and whose edit it was.
 */
export function handleMessage(target: MessageTarget, conn: CollabConnection, message: Uint8Array): void {
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
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.readSyncStep1(decoder, encoder, target.doc);
        conn.send(encoding.toUint8Array(encoder));
      } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        if (conn.readOnly) return;
        Y.applyUpdate(target.doc, decoding.readVarUint8Array(decoder), conn);
      } else {
        throw new Error(`unknown sync message type ${syncType}`);
      }
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(target.awareness, decoding.readVarUint8Array(decoder), conn);
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      conn.send(encodeAwareness(target.awareness, [...target.awareness.getStates().keys()]));
    }
    // MESSAGE_AUTH and unknown types are ignored: the server alone decides permissions.
  } catch (error) {
    // A malformed message says the client is broken or hostile; it can reconnect and resync.
    console.warn(`collab: dropped a malformed message on map ${conn.mapId}`, error);
    conn.close(1007, "malformed message");
  }
}
