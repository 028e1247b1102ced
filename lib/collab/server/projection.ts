import "server-only";
import { announceMapUpdated } from "@/lib/webhooks/map-updated";
import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type * as Y from "yjs";
import { getDb, type Tx } from "@/db/client";
import { journeyMaps, mapOpportunities, mapPhases, mapSteps, mapTouchpoints } from "@/db/schema";
import { notifyOpportunityOwners } from "@/lib/notifications/opportunity-notifications";
import { projectionRows, type ProjectionRows } from "./projection-rows";
import { logger } from "@/lib/observability/logger";

/** Quiet time after the last edit before the projection is written, and the longest it waits. */
export const PROJECTION_DEBOUNCE_MS = 500;
export const PROJECTION_MAX_WAIT_MS = 2000;

type Table = typeof mapPhases | typeof mapSteps | typeof mapTouchpoints | typeof mapOpportunities;
type Kind = keyof ProjectionRows;
const TABLES: Record<Kind, Table> = { phases: mapPhases, steps: mapSteps, touchpoints: mapTouchpoints, opportunities: mapOpportunities };
const CHUNK = 500;

/**
 * Keeps map_phases, map_steps, map_touchpoints and map_opportunities in step with one map's document.
 * Debounced; writes only rows that changed since the last write (all of them the first
 * time), marks rows that left the document deleted instead of dropping them, and
 * touches the map's updated_at and last editor when the change came from an editor.
 */
export class Projector {
  private written: Record<Kind, Map<string, string>> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private firstPendingAt = 0;
  private lastChangeAt = 0;
  private editorId: string | null = null;
  private dirty = false;
  private chain: Promise<void> = Promise.resolve();
  /** Cards whose owner the server set when the map loaded (assign-opportunity-owners.ts), and to whom. */
  private readonly matchedOwners = new Map<string, string>();

  constructor(
    private readonly mapId: string,
    private readonly workspaceId: string,
    private readonly doc: Y.Doc,
    private readonly options: { debounceMs?: number; maxWaitMs?: number } = {},
  ) {}

  /** Owners the server itself gave cards (matched from old free text): nobody is told of those. */
  noteMatchedOwners(matched: Map<string, string>): void {
    for (const [cardId, userId] of matched) this.matchedOwners.set(cardId, userId);
  }

  /** Notes a change; `editorId` is the user whose edit it was, if any. Cheap: called for every update. */
  schedule(editorId?: string | null): void {
    if (editorId) this.editorId = editorId;
    const now = Date.now();
    if (!this.dirty) this.firstPendingAt = now;
    this.dirty = true;
    this.lastChangeAt = now;
    // One timer per quiet period rather than one per update: when it fires early it re-arms.
    this.timer ??= setTimeout(this.onTimer, this.options.debounceMs ?? PROJECTION_DEBOUNCE_MS);
  }

  private onTimer = () => {
    this.timer = null;
    const now = Date.now();
    const quietAt = this.lastChangeAt + (this.options.debounceMs ?? PROJECTION_DEBOUNCE_MS);
    const deadline = this.firstPendingAt + (this.options.maxWaitMs ?? PROJECTION_MAX_WAIT_MS);
    const due = Math.min(quietAt, deadline);
    if (due > now) this.timer = setTimeout(this.onTimer, due - now);
    else void this.flush();
  };

  /** Writes a pending change now; resolves when it and every earlier write are done. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.dirty) return this.chain;
    this.dirty = false;
    const editorId = this.editorId;
    this.editorId = null;
    const rows = projectionRows(this.doc);
    this.chain = this.chain.then(async () => {
      try {
        await this.write(rows, editorId);
        // A member's edit (not a load or a restore by the server) is news for the workspace's webhooks.
        if (editorId) announceMapUpdated(this.workspaceId, this.mapId);
      } catch (error) {
        logger.error({ mapId: this.mapId, err: error }, "collab: could not project map");
        this.schedule(editorId);
      }
    });
    return this.chain;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
  }

  private async write(rows: ProjectionRows, editorId: string | null): Promise<void> {
    const next = {} as Record<Kind, Map<string, string>>;
    await getDb().transaction(async (tx) => {
      for (const kind of Object.keys(TABLES) as Kind[]) {
        const current = new Map(rows[kind].map((row) => [row.id, JSON.stringify(row)]));
        next[kind] = current;
        const before = this.written?.[kind];
        const changed = rows[kind].filter((row) => before?.get(row.id) !== current.get(row.id));
        // A member's edit that gives an opportunity a new owner tells that owner.
        if (kind === "opportunities" && editorId) {
          await notifyOpportunityOwners(tx, {
            workspaceId: this.workspaceId,
            mapId: this.mapId,
            editorId,
            // Owners the server matched from old free text are not this editor's news.
            rows: rows.opportunities.filter((r) => changed.includes(r) && this.matchedOwners.get(r.id) !== r.ownerId),
          });
        }
        await this.upsert(tx, kind, changed as ProjectionRows[Kind]);
        await this.markDeleted(tx, TABLES[kind], current, before);
      }
      if (editorId) {
        await tx.update(journeyMaps).set({ updatedAt: sql`now()`, lastEditedById: editorId }).where(eq(journeyMaps.id, this.mapId));
      }
    });
    this.written = next;
  }

  private async upsert(tx: Tx, kind: Kind, rows: ProjectionRows[Kind]): Promise<void> {
    const base = { mapId: this.mapId, workspaceId: this.workspaceId, deletedAt: null };
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((row) => ({ ...row, ...base }));
      // The id is the document's, chosen by a client: `setWhere` keeps a row of another
      // map (or tenant) that happens to carry the same id from being overwritten.
      if (kind === "phases") {
        await tx
          .insert(mapPhases)
          .values(chunk as Array<typeof mapPhases.$inferInsert>)
          .onConflictDoUpdate({
            target: mapPhases.id,
            set: { name: sql`excluded.name`, position: sql`excluded.position`, templateKey: sql`excluded.template_key`, deletedAt: null },
            setWhere: eq(mapPhases.mapId, this.mapId),
          });
      } else if (kind === "steps") {
        await tx
          .insert(mapSteps)
          .values(chunk as Array<typeof mapSteps.$inferInsert>)
          .onConflictDoUpdate({
            target: mapSteps.id,
            set: {
              name: sql`excluded.name`,
              phaseId: sql`excluded.phase_id`,
              position: sql`excluded.position`,
              emotion: sql`excluded.emotion`,
              deletedAt: null,
            },
            setWhere: eq(mapSteps.mapId, this.mapId),
          });
      } else if (kind === "opportunities") {
        await tx
          .insert(mapOpportunities)
          .values(chunk as Array<typeof mapOpportunities.$inferInsert>)
          .onConflictDoUpdate({
            target: mapOpportunities.id,
            set: {
              name: sql`excluded.name`,
              ownerId: sql`excluded.owner_id`,
              status: sql`excluded.status`,
              dueDate: sql`excluded.due_date`,
              phaseId: sql`excluded.phase_id`,
              customerValue: sql`excluded.customer_value`,
              effort: sql`excluded.effort`,
              position: sql`excluded.position`,
              // A new owner or due date is told again when it passes.
              dueNotifiedAt: sql`case when ${mapOpportunities.ownerId} is distinct from excluded.owner_id or ${mapOpportunities.dueDate} is distinct from excluded.due_date then null else ${mapOpportunities.dueNotifiedAt} end`,
              deletedAt: null,
            },
            setWhere: eq(mapOpportunities.mapId, this.mapId),
          });
      } else {
        await tx
          .insert(mapTouchpoints)
          .values(chunk as Array<typeof mapTouchpoints.$inferInsert>)
          .onConflictDoUpdate({
            target: mapTouchpoints.id,
            set: {
              name: sql`excluded.name`,
              phaseId: sql`excluded.phase_id`,
              stepId: sql`excluded.step_id`,
              channel: sql`excluded.channel`,
              position: sql`excluded.position`,
              deletedAt: null,
            },
            setWhere: eq(mapTouchpoints.mapId, this.mapId),
          });
      }
    }
  }

  /** The first write after loading compares with the table; later ones with what they wrote. */
  private async markDeleted(tx: Tx, table: Table, current: Map<string, string>, before: Map<string, string> | undefined) {
    const live = and(eq(table.mapId, this.mapId), isNull(table.deletedAt));
    if (!before) {
      await tx.update(table).set({ deletedAt: sql`now()` }).where(and(live, notInArray(table.id, [...current.keys()])));
      return;
    }
    const gone = [...before.keys()].filter((id) => !current.has(id));
    for (let i = 0; i < gone.length; i += CHUNK) {
      await tx.update(table).set({ deletedAt: sql`now()` }).where(and(live, inArray(table.id, gone.slice(i, i + CHUNK))));
    }
  }
}
