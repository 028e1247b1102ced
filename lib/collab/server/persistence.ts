import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import * as Y from "yjs";
import { type DbOrTx, getDb } from "@/db/client";
import { journeyMaps, mapDocuments, mapUpdates } from "@/db/schema";
import { logger } from "@/lib/observability/logger";
import { collabMetrics } from "./metrics";

/** Longest an update waits in memory before it is appended (the issue allows 100 ms). */
export const FLUSH_DELAY_MS = 50;
/** How soon pending updates are written once an editor waits for them to be saved. */
export const SAVE_WAIT_FLUSH_MS = 20;
/** Appended rows after which the log is folded into the stored state. */
export const COMPACT_EVERY_ROWS = 100;

/**
 * Everything stored for a map, in the order it was written: the compacted state, then the log.
 * Read inside a transaction that holds the map row as compactMap does, the two reads agree.
 */
export async function loadStoredUpdates(mapId: string, db: DbOrTx = getDb()): Promise<Uint8Array[]> {
  const [doc] = await db.select({ state: mapDocuments.state }).from(mapDocuments).where(eq(mapDocuments.mapId, mapId)).limit(1);
  const log = await db
    .select({ update: mapUpdates.update })
    .from(mapUpdates)
    .where(eq(mapUpdates.mapId, mapId))
    .orderBy(asc(mapUpdates.id));
  return [...(doc ? [doc.state] : []), ...log.map((row) => row.update)];
}

/**
 * Folds a map's update log into map_documents.state. Works from the database alone, not
 * from a server's memory, so it stays right when several collaboration servers append
 * to the same map; the map row lock serialises compactions without blocking appends
 * (appends take a key-share lock, which "no key update" does not conflict with).
 */
export async function compactMap(mapId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [map] = await tx
      .select({ workspaceId: journeyMaps.workspaceId })
      .from(journeyMaps)
      .where(eq(journeyMaps.id, mapId))
      .for("no key update");
    if (!map) return;
    const [stored] = await tx.select({ state: mapDocuments.state }).from(mapDocuments).where(eq(mapDocuments.mapId, mapId));
    const log = await tx
      .select({ id: mapUpdates.id, update: mapUpdates.update })
      .from(mapUpdates)
      .where(eq(mapUpdates.mapId, mapId))
      .orderBy(asc(mapUpdates.id));
    if (log.length === 0) return;
    // Applying to a document (rather than Y.mergeUpdates) lets Yjs drop deleted content.
    const doc = new Y.Doc();
    doc.transact(() => {
      if (stored) Y.applyUpdate(doc, stored.state);
      for (const row of log) Y.applyUpdate(doc, row.update);
    });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await tx
      .insert(mapDocuments)
      .values({ mapId, workspaceId: map.workspaceId, state })
      .onConflictDoUpdate({ target: mapDocuments.mapId, set: { state, updatedAt: sql`now()` } });
    // Exactly the rows folded in: a row another server commits meanwhile may have a lower id.
    const ids = log.map((row) => row.id);
    for (let i = 0; i < ids.length; i += 1000) {
      await tx.delete(mapUpdates).where(and(eq(mapUpdates.mapId, mapId), inArray(mapUpdates.id, ids.slice(i, i + 1000))));
    }
  });
}

/**
 * Appends a map's incoming updates to map_updates: updates arriving within FLUSH_DELAY_MS
 * are merged into one row, writes run one at a time in arrival order, and every
 * COMPACT_EVERY_ROWS rows the log is compacted in the background. `whenStored()` tells
 * when what was appended so far is committed, which is what "Saved" waits for.
 */
export class UpdateLog {
  private pending: Uint8Array[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushAt = 0;
  /** The last write was refused: retries keep their own pace, however many editors wait. */
  private failing = false;
  private chain: Promise<void> = Promise.resolve();
  private rowsSinceCompaction = 0;
  private compacting: Promise<void> | null = null;
  /** Updates appended so far, and how many of them are committed. */
  private appended = 0;
  private committed = 0;
  private waiters: Array<{ seq: number; resolve: () => void }> = [];
  private readonly failureListeners = new Set<() => void>();

  constructor(
    private readonly mapId: string,
    private readonly options: { flushDelayMs?: number; compactEveryRows?: number } = {},
  ) {}

  append(update: Uint8Array): void {
    this.pending.push(update);
    this.appended++;
    this.scheduleFlush(this.options.flushDelayMs ?? FLUSH_DELAY_MS);
  }

  /** Writes pending updates within `delayMs`, sooner than already planned if need be. */
  private scheduleFlush(delayMs: number): void {
    const at = Date.now() + delayMs;
    if (this.timer && this.flushAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.flushAt = at;
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  /** Resolves once every update appended before the call is committed (after retries, if the database refused). */
  whenStored(): Promise<void> {
    const seq = this.appended;
    if (seq <= this.committed) return Promise.resolve();
    // Someone is looking at "Saving…": write soon, still merging what arrives meanwhile.
    if (this.pending.length > 0 && !this.failing) this.scheduleFlush(Math.min(SAVE_WAIT_FLUSH_MS, this.options.flushDelayMs ?? FLUSH_DELAY_MS));
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  /** Called each time a write is refused and will be retried; returns the unsubscribe. */
  onWriteFailed(listener: () => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** Writes whatever is waiting; resolves once it (and every earlier write) is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return this.chain;
    const batch = this.pending;
    const upTo = this.appended;
    this.pending = [];
    this.chain = this.chain.then(() => this.write(batch, upTo));
    return this.chain;
  }

  private async write(batch: Uint8Array[], upTo: number): Promise<void> {
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    const timer = collabMetrics.flushSeconds.startTimer();
    try {
      await getDb().insert(mapUpdates).values({ mapId: this.mapId, update });
      timer();
    } catch (error) {
      // The map was deleted: its document goes with it, and nothing is left to wait for.
      if (isForeignKeyViolation(error)) return this.markCommitted(upTo);
      // Otherwise keep the updates and try again with the next batch rather than lose them.
      logger.error({ mapId: this.mapId, err: error }, "collab: could not store updates; retrying");
      this.pending.unshift(update);
      this.failing = true;
      this.scheduleFlush(1000);
      for (const listener of this.failureListeners) listener();
      return;
    }
    this.failing = false;
    this.markCommitted(upTo);
    this.rowsSinceCompaction++;
    if (this.rowsSinceCompaction >= (this.options.compactEveryRows ?? COMPACT_EVERY_ROWS)) this.compactInBackground();
  }

  private markCommitted(upTo: number): void {
    this.committed = Math.max(this.committed, upTo);
    const ready = this.waiters.filter((w) => w.seq <= this.committed);
    this.waiters = this.waiters.filter((w) => w.seq > this.committed);
    for (const w of ready) w.resolve();
  }

  /** Folds the log without holding anyone up; at most one compaction at a time. */
  compactInBackground(): void {
    if (this.compacting) return;
    this.rowsSinceCompaction = 0;
    this.compacting = compactMap(this.mapId)
      .catch((error) => logger.error({ mapId: this.mapId, err: error }, "collab: could not compact map"))
      .finally(() => (this.compacting = null));
  }

  /** Stores what is waiting and folds the log; for unloading a map and shutting down. */
  async close(): Promise<void> {
    await this.flush();
    await this.compacting;
    await compactMap(this.mapId);
  }

  /** Forgets what has not been written yet: what a crash does. For restart tests only. */
  abandon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23503") return true;
  }
  return false;
}
