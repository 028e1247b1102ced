import * as Y from "yjs";
import type { CollabConnection } from "./connection";
import { encodeUpdate } from "./messages";
import { collabMetrics } from "./metrics";

/**
 * Sends a room's document updates to its connections, merged per turn of the event loop:
 * under load many updates arrive in one turn, and one merged message per connection costs
 * far fewer socket writes (and client decodes) than one message per update, while a lone
 * update still leaves in the same turn it arrived. A batch from one connection alone is not
 * echoed to it; a mixed batch reaches everyone, since a client ignores what it already has.
 */
export class UpdateFanout {
  private updates: Uint8Array[] = [];
  private origins = new Set<unknown>();
  private pending: NodeJS.Immediate | null = null;

  constructor(private readonly conns: ReadonlySet<CollabConnection>) {}

  push(update: Uint8Array, origin: unknown): void {
    this.updates.push(update);
    this.origins.add(origin);
    this.pending ??= setImmediate(this.flush);
  }

  /** Sends what is waiting now; called before anything that must not overtake it (presence). */
  flush = (): void => {
    if (this.pending) clearImmediate(this.pending);
    this.pending = null;
    if (this.updates.length === 0) return;
    const updates = this.updates;
    const sole = this.origins.size === 1 ? this.origins.values().next().value : undefined;
    this.updates = [];
    this.origins = new Set();
    const message = encodeUpdate(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    let sent = 0;
    for (const conn of this.conns) {
      if (conn === sole) continue;
      conn.send(message);
      sent++;
    }
    collabMetrics.updatesOut.inc(sent);
  };

  cancel(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = null;
    this.updates = [];
    this.origins.clear();
  }
}
