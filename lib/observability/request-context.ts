import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while serving one request carries. */
export type RequestContext = { requestId: string };

const KEY = Symbol.for("journeyboard.request-context");
type GlobalWithContext = typeof globalThis & { [KEY]?: AsyncLocalStorage<RequestContext> };

/** Shared by the custom server, which starts each request in it, and the Next.js bundle, which logs inside it. */
export const requestContext: AsyncLocalStorage<RequestContext> = ((globalThis as GlobalWithContext)[KEY] ??=
  new AsyncLocalStorage<RequestContext>());

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A proxy's request id is kept when it looks like one, so logs of both can be joined; else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : crypto.randomUUID();
}
