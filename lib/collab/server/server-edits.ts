import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { EventEmitter } from "node:events";
import * as Y from "yjs";
import type { Tx } from "@/db/client";
import { journeyMaps, mapUpdates } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { processEmitter } from "@/lib/events/process-emitter";
import { loadStoredUpdates } from "./persistence";

/** Origin under which a live room applies an edit the app has already stored. */
export const SERVER_EDIT = Symbol("server-edit");

/** An edit the app made to a map's document, committed to its update log. */
export type ServerEdit = { workspaceId: string; mapId: string; update: Uint8Array };

/**
 * Raised after a server edit is committed, so the collaboration server that holds the map
 * applies it to the live document (open editors see it at once). On globalThis because
 * the custom server and the Next.js bundle load this module separately in one process;
 * relayed over Redis to the other collaboration servers (ServerEditFeed).
 */
export function serverEdits(): EventEmitter {
  return processEmitter("server-edits");
}

/** Hands a committed server edit to the live rooms. Call after the transaction commits. */
export function publishServerEdit(edit: ServerEdit): void {
  serverEdits().emit("edited", edit);
}

/**
 * Changes a live map's document from the app rather than from an editor's socket: the one
 * path for server-made edits. Inside the caller's transaction it locks the map row (within
 * the workspace; an archived map is not edited) the way compaction does, so the stored
 * state and log it reads agree; applies `edit` to that document with this module's
 * functions (lib/journey/map-document.ts); and appends the resulting update to the log.
 * The caller publishes the update after commit (publishServerEdit).
 *
 * The update is a CRDT change made by a client id of its own, so it merges with whatever
 * editors did meanwhile (including edits still in flight, not yet stored): concurrent
 * writes to the same field resolve as two editors' would.
 */
export async function editStoredDocument<T>(
  tx: Tx,
  args: { workspaceId: string; mapId: string },
  edit: (doc: Y.Doc) => T,
): Promise<{ result: T; update: Uint8Array | null }> {
  const [map] = await tx
    .select({ id: journeyMaps.id })
    .from(journeyMaps)
    .where(and(eq(journeyMaps.id, args.mapId), eq(journeyMaps.workspaceId, args.workspaceId), isNull(journeyMaps.archivedAt)))
    .for("no key update");
  if (!map) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
  const stored = await loadStoredUpdates(args.mapId, tx);
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of stored) Y.applyUpdate(doc, update);
    });
    // Exactly what `edit` changes, nothing of the state it started from.
    const made: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => made.push(update));
    const result = edit(doc);
    if (made.length === 0) return { result, update: null };
    const update = made.length === 1 ? made[0]! : Y.mergeUpdates(made);
    await tx.insert(mapUpdates).values({ mapId: args.mapId, update });
    return { result, update };
  } finally {
    doc.destroy();
  }
}
