import { pino } from "pino";
import { requestContext } from "./request-context";

/**
 * The process's structured log: one JSON object per line on stdout, for a log collector
 * to read. `LOG_LEVEL` sets how much (default "info"; "debug" adds per-connection detail).
 * Kept on globalThis: the custom server and the Next.js bundle load this module separately.
 */
const KEY = Symbol.for("journeyboard.logger");
type GlobalWithLogger = typeof globalThis & { [KEY]?: pino.Logger };

function create(): pino.Logger {
  return pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Lines written while serving a request carry its id, however deep in the code they are.
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
  });
}

export const logger: pino.Logger = ((globalThis as GlobalWithLogger)[KEY] ??= create());
