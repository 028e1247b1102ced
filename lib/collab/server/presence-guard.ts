import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Awareness } from "y-protocols/awareness";
import type { CollabConnection } from "./connection";

/** Who a connection is, as the server knows it: what every presence state it sends must say. */
export type ConnectionIdentity = { id: string; name: string; color: string };

/** Which connection owns each awareness client id in one room. */
export type AwarenessOwners = Map<number, CollabConnection>;

/**
 * Rewrites a client's awareness update so that nothing in it is the client's say-so:
 * - a client may set or remove only the awareness client id it owns. A y-websocket client
 *   has one (its document's clientID) and announces it first thing after connecting; it
 *   also echoes everyone else's states back, which are dropped. So a connection claims one
 *   id, with a non-null state, that no other open connection owns and no other server
 *   reports; the same user reconnecting may take their id over.
 * - the `user` field (id, name, colour) of every state is replaced with the connection's
 *   own; a read-only connection is never shown as editing a card.
 * Returns the update to apply, or null when nothing in it may be applied. Throws on a
 * malformed update (the caller closes the connection).
 */
export function guardAwarenessUpdate(
  update: Uint8Array,
  conn: CollabConnection,
  awareness: Awareness,
  owners: AwarenessOwners,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = JSON.parse(decoding.readVarString(decoder)) as unknown;
    if (!mayUse(clientId, raw, conn, awareness, owners)) continue;
    kept.push({ clientId, clock, state: JSON.stringify(bindState(raw, conn)) });
  }
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

function mayUse(clientId: number, state: unknown, conn: CollabConnection, awareness: Awareness, owners: AwarenessOwners): boolean {
  const owner = owners.get(clientId);
  if (owner === conn) return true;
  if (conn.awarenessIds.size > 0 || state === null) return false;
  if (owner && owner.isOpen && owner.userId !== conn.userId) return false;
  // Unowned here, but present: another server's client (relayed), not ours to speak for.
  if (!owner && awareness.getStates().has(clientId)) return false;
  if (owner) owner.awarenessIds.delete(clientId);
  owners.set(clientId, conn);
  conn.awarenessIds.add(clientId);
  return true;
}

function bindState(raw: unknown, conn: CollabConnection): unknown {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw === null ? null : { user: conn.identity };
  const state: Record<string, unknown> = { ...(raw as Record<string, unknown>), user: conn.identity };
  if (conn.readOnly) state.editing = null;
  return state;
}
