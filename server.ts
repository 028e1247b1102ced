import { createServer } from "node:http";
import next from "next";
import { pinoHttp } from "pino-http";
import { ensureGeneratedSecrets, getEnv } from "@/lib/config/env";
import { closeDb } from "@/db/client";
import { attachCollabServer } from "@/lib/collab/server";
import { runMigrations } from "@/db/migrate";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { compileTrustedProxies, stampClientAddress, stampForwardedHost } from "@/lib/http/client-address";
import { refuseOversizedServerAction } from "@/lib/http/server-action-limit";
import { logger } from "@/lib/observability/logger";
import { serveOperations } from "@/lib/observability/operations-routes";
import { requestContext, requestIdFrom } from "@/lib/observability/request-context";

/**
 * One process serves the Next.js app and the collaboration WebSocket on the same port.
 * `--collab-only` runs just the collaboration server, for scaling it out behind a load balancer.
 */
async function main() {
  const started = performance.now();
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
  // One line per finished request, with its id (also answered as x-request-id); not for static files.
  const httpLog = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFrom(req.headers["x-request-id"]);
      res.setHeader("x-request-id", id);
      return id;
    },
    autoLogging: { ignore: (req) => /^\/(_next\/|favicon|healthz|readyz|metrics)/.test((req.url ?? "").slice(0, 12)) },
    quietReqLogger: true,
    // What a request line needs; headers hold cookies and are left out.
    serializers: {
      req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({ method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });

  let draining = false;
  const server = createServer((req, res) => {
    httpLog(req, res);
    requestContext.run({ requestId: String(req.id) }, () => {
      // Rate limits key on this, never on a header anyone can send.
      stampClientAddress(req, trustProxy);
      stampForwardedHost(req, trustProxy);
      if (serveOperations(req, res, { accepting: () => !draining && collab.accepting, metricsToken: env.METRICS_TOKEN ?? null })) return;
      if (collab.handleRequest(req, res)) return;
      if (refuseOversizedServerAction(req, res)) return;
      if (handle) void handle(req, res);
      else {
        res.statusCode = 404;
        res.end();
      }
    });
  });

  // /collab/<mapId> goes to the collaboration server; in development, Next's hot reload gets the rest.
  const nextUpgrade = app && dev ? app.getUpgradeHandler() : null;
  const collab = await attachCollabServer(server, {
    appUrl: env.APP_URL,
    redisUrl: env.REDIS_URL ?? null,
    routerUrl: env.COLLAB_ROUTER_URL ?? null,
    otherUpgrade: nextUpgrade ? (req, socket, head) => void nextUpgrade(req, socket, head) : undefined,
  });

  // Scheduled work (the nightly retention of feedback) runs in the app processes; its queue
  // lives in the database, so several processes run each job once.
  const jobs = collabOnly
    ? null
    : await startJobQueue().catch((error) => {
        logger.error({ err: error }, "job queue did not start; scheduled jobs will not run");
        return null;
      });

  server.listen(env.PORT, env.HOST, () => {
    logger.info(
      { port: env.PORT, host: env.HOST, mode: collabOnly ? "collab" : "app", serverId: collab.serverId, startupMs: Math.round(performance.now() - started) },
      `Journeyboard ${collabOnly ? "collaboration server" : "app"} listening on http://${env.HOST}:${env.PORT}`,
    );
  });

  /**
   * Drains on SIGTERM (and SIGINT): /readyz answers 503 and new sockets are turned away,
   * open maps are written, their sockets closed with "service restart" so editors reconnect
   * to another server, the logs compacted, and the process exits.
   */
  const shutdown = (signal: string) => {
    if (draining) return;
    draining = true;
    logger.info({ signal, rooms: collab.registry.rooms().length }, "draining");
    const forced = setTimeout(() => {
      logger.error("drain took longer than 25 s; exiting");
      process.exit(1);
    }, 25_000);
    forced.unref();
    // Time for the load balancer to read the 503 from /readyz, so reconnecting editors are sent elsewhere.
    const noticed = new Promise((resolve) => setTimeout(resolve, env.DRAIN_DELAY_MS));
    void noticed
      .then(() => Promise.all([collab.close(), jobs?.stop()]))
      .catch((error) => logger.error({ err: error }, "drain failed"))
      .finally(() => {
        server.close();
        server.closeAllConnections();
        void closeDb().finally(() => {
          logger.info("drained; exiting");
          logger.flush();
          process.exit(0);
        });
      });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error) => {
  logger.fatal({ err: error }, "start-up failed");
  logger.flush();
  process.exit(1);
});
