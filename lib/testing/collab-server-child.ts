/**
 * A collaboration server in a process of its own, for tests that kill it (SIGKILL) and
 * check what it had stored. Prints `LISTENING <ws url>` once it accepts sockets. Run with
 * `tsx --import ./scripts/register-server-only.mjs lib/testing/collab-server-child.ts`.
 */
import { startCollabServer } from "@/lib/collab/server/test-harness";

const server = await startCollabServer({ projectionDebounceMs: 20 });
process.stdout.write(`LISTENING ${server.url}\n`);
