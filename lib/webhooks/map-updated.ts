import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { emitWebhookEvent } from "./events";

/** "map.updated" goes out at most this often per map, however busy the editing. */
export const MAP_UPDATED_EVERY_MS = 5 * 60 * 1000;

const lastSent = new Map<string, number>();
const waiting = new Map<string, NodeJS.Timeout>();

function send(workspaceId: string, mapId: string): void {
  lastSent.set(mapId, Date.now());
  void emitWebhookEvent(workspaceId, "map.updated", async () => {
    const [map] = await getDb().select({ name: journeyMaps.name }).from(journeyMaps).where(eq(journeyMaps.id, mapId));
    return { map_id: mapId, map_name: map?.name ?? null };
  });
}

/**
 * Called when a member's edit of a map is stored. The first edit after a quiet spell is
 * announced at once; edits within the next five minutes are announced together when
 * they are over. A map lives on one collaboration server at a time (routing), so this
 * per-process memory is enough.
 */
export function announceMapUpdated(workspaceId: string, mapId: string, now = Date.now()): void {
  const since = now - (lastSent.get(mapId) ?? 0);
  if (since >= MAP_UPDATED_EVERY_MS) return send(workspaceId, mapId);
  if (waiting.has(mapId)) return;
  const timer = setTimeout(() => {
    waiting.delete(mapId);
    send(workspaceId, mapId);
  }, MAP_UPDATED_EVERY_MS - since);
  timer.unref();
  waiting.set(mapId, timer);
}
