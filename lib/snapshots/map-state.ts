import "server-only";
import * as Y from "yjs";
import { loadStoredUpdates } from "@/lib/collab/server/persistence";
import { type MapContent, readMapContent } from "@/lib/journey/map-document";

/**
 * A map's whole stored document — the compacted state with the update log applied in
 * order — as one Yjs update. Edits still in flight on an open editor (at most the
 * collaboration server's flush delay) are not in it.
 */
export async function loadMapState(mapId: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  try {
    for (const update of await loadStoredUpdates(mapId)) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The plain content of a stored Yjs state (a snapshot's, or a map's from loadMapState). */
export function contentOfState(state: Uint8Array): MapContent {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readMapContent(doc);
  } finally {
    doc.destroy();
  }
}
