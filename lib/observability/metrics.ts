import { collectDefaultMetrics, Registry } from "prom-client";

/**
 * The process's Prometheus registry, served at /metrics. Node's own figures (event-loop
 * delay, heap, handles, CPU) come from prom-client's default collectors; each domain adds
 * its own metrics to this registry. On globalThis, since the Next.js bundle and the custom
 * server load this module separately and a metric may be registered only once.
 */
const KEY = Symbol.for("journeyboard.metrics");
type GlobalWithMetrics = typeof globalThis & { [KEY]?: Registry };

function create(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "journeyboard_", eventLoopMonitoringPrecision: 20 });
  return registry;
}

export const metricsRegistry: Registry = ((globalThis as GlobalWithMetrics)[KEY] ??= create());
