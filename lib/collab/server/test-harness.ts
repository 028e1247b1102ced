import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { CommentStore } from "@/lib/collab/client/comment-store";
import { COLLAB_PATH } from "@/lib/collab/shared/protocol";
import { readMapContent } from "@/lib/journey/map-document";
import { signCollabToken } from "./collab-token";
import { attachCollabServer, type CollabServer, type CollabServerOptions } from "./index";
import { loadStoredUpdates } from "./persistence";
import { testSessionId } from "@/lib/testing/factories";

/**
 * For integration tests and the benchmark: a real HTTP server with the collaboration
 * server attached on an ephemeral port, and real y-websocket clients.
 */
export type RunningCollabServer = { http: Server; collab: CollabServer; url: string; close(options?: { store?: boolean }): Promise<void> };

export async function startCollabServer(options: CollabServerOptions = {}): Promise<RunningCollabServer> {
  const http = createServer((_req, res) => res.writeHead(404).end());
  const collab = await attachCollabServer(http, { redisUrl: null, ...options });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    http,
    collab,
    url: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
    async close(closeOptions) {
      await collab.close(closeOptions);
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export type TestClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when the first sync with the server completed. */
  synced: Promise<void>;
  /** Resolves with the close code when the server closes the connection. */
  closed: Promise<number>;
  /** The map's comments as the server pushes them, read as the editor reads them. */
  comments: CommentStore;
  destroy(): void;
};

/**
 * A WebsocketProvider as the browser uses it, in Node, with a fresh token for `userId` in
 * their factory-built session (or `sessionId`), or the given token.
 */
export function connectClient(args: {
  url: string;
  mapId: string;
  userId?: string;
  sessionId?: string;
  token?: string;
  doc?: Y.Doc;
}): TestClient {
  const doc = args.doc ?? new Y.Doc();
  const token =
    args.token ?? signCollabToken({ userId: args.userId!, mapId: args.mapId, sessionId: args.sessionId ?? testSessionId(args.userId!) });
  const provider = new WebsocketProvider(args.url, args.mapId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // In one process, providers would otherwise sync through a BroadcastChannel, around the server.
    disableBc: true,
    shouldReconnect: () => false,
  });
  const comments = new CommentStore();
  comments.listen(provider);
  const synced = new Promise<void>((resolve) => provider.once("sync", () => resolve()));
  const closed = new Promise<number>((resolve) =>
    provider.on("connection-close", (event) => {
      if (event) resolve(event.code);
    }),
  );
  return {
    doc,
    provider,
    synced,
    closed,
    comments,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Resolves once the server has handled everything this client sent so far: the client
 * changes its presence, which travels on the same socket after its edits, and waits until
 * `observer` sees it.
 */
export async function barrier(sender: TestClient, observer: TestClient): Promise<void> {
  const mark = crypto.randomUUID();
  sender.provider.awareness.setLocalStateField("mark", mark);
  const senderId = sender.doc.clientID;
  await waitFor(() => observer.provider.awareness.getStates().get(senderId)?.mark === mark);
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The map's content as stored in the database (compacted state plus the update log). */
export async function storedContent(mapId: string) {
  const doc = new Y.Doc();
  for (const update of await loadStoredUpdates(mapId)) Y.applyUpdate(doc, update);
  const content = readMapContent(doc);
  doc.destroy();
  return content;
}
