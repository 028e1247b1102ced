import { pino } from "pino";
import { requestContext } from "./request-context";

/**
 * The process's structured log: one JSON object per line on stdout, for a log collector
 * to read. `LOG_LEVEL` sets how much (default "info"; "debug" adds per-connection detail).
 * Kept on globalThis: the custom server and the Next.js bundle load this module separately.
 */
const KEY = Symbol.for("journeyboard.logger");
type GlobalWithLogger = typeof globalThis & { [KEY]?: pino.Logger };

/**
 * Errors as pino writes them, without a failed query's parameters: they hold what users
 * typed (map content, comments, respondents' e-mail addresses) and can be megabytes.
 */
function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as Record<string, unknown>;
  delete serialized.params;
  if (typeof serialized.query === "string" && serialized.query.length > 300) serialized.query = `${serialized.query.slice(0, 300)}…`;
  if (typeof serialized.message === "string") serialized.message = serialized.message.replace(/\nparams: [\s\S]*$/, "");
  if (typeof serialized.stack === "string") serialized.stack = serialized.stack.replace(/\nparams: [^\n]*/g, "");
  return serialized;
}

function create(): pino.Logger {
  return pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError },
    // Lines written while serving a request carry its id, however deep in the code they are.
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
  });
}

export const logger: pino.Logger = ((globalThis as GlobalWithLogger)[KEY] ??= create());
