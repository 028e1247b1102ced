import "server-only";
import type PgBoss from "pg-boss";

const KEY = Symbol.for("journeyboard.job-queue");
type G = typeof globalThis & { [KEY]?: PgBoss };

/** Set by the job queue when it starts (on globalThis: server.ts and the Next bundle load modules apart). */
export function registerJobQueue(boss: PgBoss | undefined): void {
  (globalThis as G)[KEY] = boss;
}

/** Puts a job on the queue; refused (logged by the caller) when this process runs no queue. */
export async function enqueueJob(name: string, data: object, options: { startAfter?: Date; retryLimit?: number } = {}): Promise<void> {
  const boss = (globalThis as G)[KEY];
  if (!boss) throw new Error(`job queue not running; cannot queue ${name}`);
  await boss.send(name, data, { retryLimit: options.retryLimit ?? 2, retryDelay: 5, ...(options.startAfter ? { startAfter: options.startAfter } : {}) });
}
