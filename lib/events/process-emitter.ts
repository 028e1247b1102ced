import { EventEmitter } from "node:events";

/**
 * One EventEmitter per name for the whole process, kept on globalThis: the custom server
 * and the Next.js bundle load our modules separately in one process, so a module-level
 * emitter would be two emitters that never hear each other.
 */
export function processEmitter(name: string): EventEmitter {
  const key = Symbol.for(`journeyboard.${name}`);
  const g = globalThis as typeof globalThis & Record<symbol, EventEmitter | undefined>;
  g[key] ??= new EventEmitter().setMaxListeners(0);
  return g[key];
}
