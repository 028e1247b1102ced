import "server-only";
import { logger } from "@/lib/observability/logger";
import { collabMetrics } from "./metrics";
import type { Room } from "./room";

/** How long one answer about a map's home is trusted. */
const CHECK_EVERY_MS = 5_000;
const PROBE_TIMEOUT_MS = 1_500;

/**
 * Decides, when another server holds a map this one serves, which of them is the map's
 * home: the one the router sends `/collab/<mapId>` to. It asks the router itself (a plain
 * GET of that path, which the home answers with its id), so the answer follows whatever
 * the router does, with no copy of its hash ring here. A server that is not home hands
 * its clients over; without a router (one server, or none configured) nobody hands over
 * and the relay alone keeps the copies in step.
 */
export class HomeCheck {
  private readonly checkedAt = new WeakMap<Room, number>();

  constructor(
    private readonly serverId: string,
    private readonly routerUrl: string | null,
  ) {}

  check(room: Room): void {
    if (!this.routerUrl) return;
    const now = Date.now();
    if (now - (this.checkedAt.get(room) ?? 0) < CHECK_EVERY_MS) return;
    this.checkedAt.set(room, now);
    void this.ask(room.mapId).then((home) => {
      if (!home || home === this.serverId || room.conns.size === 0) return;
      logger.info({ mapId: room.mapId, home, clients: room.conns.size }, "collab: another server is this map's home; handing clients over");
      collabMetrics.handovers.inc();
      room.handOver();
    });
  }

  private async ask(mapId: string): Promise<string | null> {
    try {
      const res = await fetch(new URL(`/collab/${mapId}`, this.routerUrl!), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      if (!res.ok) return null;
      const body = (await res.json()) as { server?: unknown };
      return typeof body.server === "string" ? body.server : null;
    } catch (error) {
      logger.debug({ mapId, err: String(error) }, "collab: could not ask the router for a map's home");
      return null;
    }
  }
}
