import * as Y from "yjs";

/** A single update deleting more than this share of a map's content gets a snapshot from just before. */
export const LARGE_DELETION_SHARE = 0.5;
/** Below this many deleted items an update is never "large" (clearing a few cards is editing). */
export const LARGE_DELETION_MIN_ITEMS = 20;

/**
 * Which share of the document's live content `update` would delete, counting only items
 * created by clients other than `ownClientIds` (deleting what one just made is not a loss).
 * 0 for an update that deletes little. `ds` is the update's delete set (Y.decodeUpdate).
 */
export function deletedShareOf(doc: Y.Doc, ds: ReturnType<typeof Y.decodeUpdate>["ds"], ownClientIds: ReadonlySet<number>): number {
  let requested = 0;
  for (const ranges of ds.clients.values()) for (const r of ranges) requested += r.len;
  if (requested < LARGE_DELETION_MIN_ITEMS) return 0;
  let live = 0;
  let deleted = 0;
  for (const [client, structs] of doc.store.clients) {
    const ranges = ownClientIds.has(client) ? [] : (ds.clients.get(client) ?? []);
    for (const struct of structs) {
      // Items only (GC and Skip structs hold nothing), told apart without instanceof, which two Yjs copies in one process defeat.
      const item = struct as Y.Item;
      if (!("countable" in item) || item.deleted || !item.countable) continue;
      live += item.length;
      const start = item.id.clock;
      const end = start + item.length;
      for (const r of ranges) deleted += Math.max(0, Math.min(end, r.clock + r.len) - Math.max(start, r.clock));
    }
  }
  return live === 0 ? 0 : deleted / live;
}
