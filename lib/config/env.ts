import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Where the embedded database and generated secrets live when nothing else is configured. */
export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.JOURNEYBOARD_DATA_DIR ?? ".data");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  APP_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  /** Where `/collab/<mapId>` reaches the map's home server (the proxy routing by map id); see README. */
  COLLAB_ROUTER_URL: z.url().optional(),
  /** On SIGTERM, how long /readyz answers 503 before sockets are closed (for the proxy to notice). */
  DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(20_000).default(0),
  /** Bearer token for /metrics; without it, /metrics answers loopback addresses only. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** Proxies whose X-Forwarded-For is believed (lib/http/client-address.ts); unset: none. */
  TRUSTED_PROXIES: z.string().optional(),
  AUTH_SECRET: z.string().min(32),
  FEEDBACK_HASH_SECRET: z.string().min(32),
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().default("Journeyboard <no-reply@journeyboard.local>"),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Single sign-on through any OpenID Connect provider: its issuer URL, this app's client id and secret, and the button's name. */
  AUTH_OIDC_ISSUER: z.url().optional(),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().optional(),
});
export type Env = z.infer<typeof ZEnv>;

const GENERATED_SECRETS = ["AUTH_SECRET", "FEEDBACK_HASH_SECRET"] as const;

/**
 * Fills secrets that were not configured from `.data/secrets.json`, creating them once,
 * so a fresh install needs no environment variable and sessions survive restarts.
 */
export function ensureGeneratedSecrets(): void {
  const missing = GENERATED_SECRETS.filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  const file = path.join(DATA_DIR, "secrets.json");
  let stored: Record<string, string> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  let changed = false;
  for (const name of missing) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
    process.env[name] = stored[name];
  }
  if (changed) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
}

let cached: Env | undefined;

/** Validated configuration; throws at start-up with every problem listed. */
export function getEnv(): Env {
  if (cached) return cached;
  ensureGeneratedSecrets();
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
