import "server-only";
import { Counter, Gauge, Histogram } from "prom-client";
import { metricsRegistry } from "@/lib/observability/metrics";

const KEY = Symbol.for("journeyboard.collab-metrics");

function create() {
  const registers = [metricsRegistry];
  return {
    connections: new Gauge({ name: "journeyboard_collab_connections", help: "Open collaboration sockets", registers }),
    rooms: new Gauge({ name: "journeyboard_collab_rooms", help: "Maps held in memory", registers }),
    updatesIn: new Counter({ name: "journeyboard_collab_updates_in_total", help: "Document updates received from clients", registers }),
    updatesOut: new Counter({
      name: "journeyboard_collab_updates_out_total",
      help: "Document update messages sent to clients (one per receiving socket)",
      registers,
    }),
    relayedIn: new Counter({ name: "journeyboard_collab_relayed_in_total", help: "Updates applied from other servers", registers }),
    relayedOut: new Counter({ name: "journeyboard_collab_relayed_out_total", help: "Updates published to other servers", registers }),
    reconciled: new Counter({
      name: "journeyboard_collab_reconcile_diffs_total",
      help: "Differences between servers' copies of a map, received and applied",
      registers,
    }),
    handovers: new Counter({ name: "journeyboard_collab_handovers_total", help: "Maps whose clients were sent to the map's home server", registers }),
    flushSeconds: new Histogram({
      name: "journeyboard_collab_flush_seconds",
      help: "Time to append a batch of updates to the database",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    rejected: new Counter({
      name: "journeyboard_collab_rejected_connections_total",
      help: "Connections refused or closed by the server, by reason",
      labelNames: ["reason"] as const,
      registers,
    }),
  };
}

type CollabMetrics = ReturnType<typeof create>;
type GlobalWithCollabMetrics = typeof globalThis & { [KEY]?: CollabMetrics };

/** The collaboration server's metrics, in the process's registry. */
export const collabMetrics: CollabMetrics = ((globalThis as GlobalWithCollabMetrics)[KEY] ??= create());
