import { z } from "zod";
import type { Awareness } from "y-protocols/awareness";

/** What each client shares about itself; other clients' states are untrusted input. */
const ZPresence = z.object({
  user: z.object({ id: z.string().min(1), name: z.string().max(200), color: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  /** Pointer position relative to the grid's top-left corner, null when outside it. */
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullish(),
  /** The card this client is editing. */
  editing: z.string().max(100).nullish(),
});
export type Presence = z.infer<typeof ZPresence>;
export type Peer = Presence & { clientId: number; isSelf: boolean };

/** Every client with a valid presence, this one included (isSelf). */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const parsed = ZPresence.safeParse(state);
    if (parsed.success) peers.push({ ...parsed.data, clientId, isSelf: clientId === awareness.clientID });
  });
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** One entry per user (a person with two tabs open is one avatar), this user first. */
export function uniqueUsers(peers: Peer[]): Array<Presence["user"] & { isSelf: boolean }> {
  const byId = new Map<string, Presence["user"] & { isSelf: boolean }>();
  for (const p of peers) {
    const known = byId.get(p.user.id);
    byId.set(p.user.id, { ...p.user, isSelf: (known?.isSelf ?? false) || p.isSelf });
  }
  return [...byId.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

/** Cards other clients are editing, with who is editing them. */
export function editingByOthers(peers: Peer[]): Map<string, Presence["user"]> {
  const out = new Map<string, Presence["user"]>();
  for (const p of peers) if (!p.isSelf && p.editing) out.set(p.editing, p.user);
  return out;
}
