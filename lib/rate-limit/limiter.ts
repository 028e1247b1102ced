import "server-only";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

const KEY = Symbol.for("journeyboard.rate-limiters");
type G = typeof globalThis & { [KEY]?: Map<string, RateLimiterAbstract>; journeyboardRedis?: Redis };

function redis(): Redis | undefined {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  const g = globalThis as G;
  g.journeyboardRedis ??= new Redis(url, { enableOfflineQueue: false, lazyConnect: false, maxRetriesPerRequest: 1 });
  return g.journeyboardRedis;
}

/**
 * A named limiter shared by the whole process (and by all processes when REDIS_URL is set,
 * so several app servers behind a load balancer count together).
 */
export function getLimiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
  const g = globalThis as G;
  g[KEY] ??= new Map();
  let limiter = g[KEY].get(name);
  if (!limiter) {
    const client = redis();
    const opts = { keyPrefix: `jb:${name}`, points, duration: durationSeconds };
    limiter = client
      ? new RateLimiterRedis({ ...opts, storeClient: client, insuranceLimiter: new RateLimiterMemory(opts) })
      : new RateLimiterMemory(opts);
    g[KEY].set(name, limiter);
  }
  return limiter;
}

/** Consumes one point; returns false when the key is over its limit. */
export async function tryConsume(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (e) {
    if (e instanceof RateLimiterRes) return false;
    throw e;
  }
}

/** True when the key has used up its points, without consuming one. */
export async function isLimited(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  const res = await limiter.get(key);
  return res !== null && res.consumedPoints >= limiter.points;
}
