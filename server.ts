import { createServer } from "node:http";
import next from "next";
import { ensureGeneratedSecrets, getEnv } from "@/lib/config/env";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";

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

  const app = collabOnly ? null : next({ dev, hostname: env.HOST, port: env.PORT });
  const handle = app?.getRequestHandler();
  await app?.prepare();

  const server = createServer((req, res) => {
    if (handle) void handle(req, res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });

  const nextUpgrade = app && dev ? app.getUpgradeHandler() : null;
  server.on("upgrade", (req, socket, head) => {
    if (nextUpgrade) void nextUpgrade(req, socket, head);
    else socket.destroy();
  });

  server.listen(env.PORT, env.HOST, () => {
    console.log(`Journeyboard ${collabOnly ? "collaboration server" : "app"} listening on http://${env.HOST}:${env.PORT}`);
  });

  const shutdown = () => {
    server.close();
    void closeDb().finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
