import { createServer } from "node:http";
import next from "next";
import { ensureGeneratedSecrets, getEnv } from "@/lib/config/env";
import { closeDb } from "@/db/client";
import { attachCollabServer } from "@/lib/collab/server";
import { runMigrations } from "@/db/migrate";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { compileTrustedProxies, stampClientAddress, stampForwardedHost } from "@/lib/http/client-address";
import { refuseOversizedServerAction } from "@/lib/http/server-action-limit";

/**
 * One process serves the Next.js app and the collaboration WebSocket on the same port.
 * `--collab-only` runs just the collaboration server, for scaling it out behind a load balancer.
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const collabOnly = process.argv.includes("--collab-only");
  ensureGeneratedSecrets();
  const env = getEnv();

  await runMigrations();

  // Next builds request URLs from this name: a wildcard listen address is no place to send a browser.
  const publicHost = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
  const app = collabOnly ? null : next({ dev, hostname: publicHost, port: env.PORT });
  const handle = app?.getRequestHandler();
  await app?.prepare();

  const trustProxy = compileTrustedProxies(env.TRUSTED_PROXIES);
  const server = createServer((req, res) => {
    // Rate limits key on this, never on a header anyone can send.
    stampClientAddress(req, trustProxy);
    stampForwardedHost(req, trustProxy);
    if (refuseOversizedServerAction(req, res)) return;
    if (handle) void handle(req, res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });

  // /collab/<mapId> goes to the collaboration server; in development, Next's hot reload gets the rest.
  const nextUpgrade = app && dev ? app.getUpgradeHandler() : null;
  const collab = await attachCollabServer(server, {
    appUrl: env.APP_URL,
    redisUrl: env.REDIS_URL ?? null,
    otherUpgrade: nextUpgrade ? (req, socket, head) => void nextUpgrade(req, socket, head) : undefined,
  });

  // Scheduled work (the nightly retention of feedback) runs in the app processes; its queue
  // lives in the database, so several processes run each job once.
  const jobs = collabOnly
    ? null
    : await startJobQueue().catch((error) => {
        console.error("job queue did not start; scheduled jobs will not run", error);
        return null;
      });

  server.listen(env.PORT, env.HOST, () => {
    console.log(`Journeyboard ${collabOnly ? "collaboration server" : "app"} listening on http://${env.HOST}:${env.PORT}`);
  });

  // Open maps are stored and compacted before the database closes.
  const shutdown = () => {
    server.close();
    void Promise.all([collab.close(), jobs?.stop()])
      .catch((error) => console.error(error))
      .finally(() => void closeDb().finally(() => process.exit(0)));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
