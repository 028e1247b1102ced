import "server-only";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { CLOSE_CODES, COLLAB_PATH } from "@/lib/collab/shared/protocol";
import { isLiveSession } from "@/lib/auth/user-sessions";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { identifyUpgrade, refusalCloseCode } from "./authenticate";
import { CollabConnection } from "./connection";
import { AccessWatch } from "./invalidate";
import { CommentFeed } from "./comment-feed";
import { ServerEditFeed } from "./server-edit-feed";
import { MAX_FRAME } from "./limits";
import { authorizeMapAccess, isUuid, type MapAccess } from "./map-access";
import { RedisBus } from "./redis-bus";
import { RedisRelay } from "./relay";
import type { Room, RoomOptions } from "./room";
import { RoomRegistry } from "./rooms";
import { TicketLedger } from "./ticket-ledger";
import { loadConnectionIdentity } from "./identity";
import { HomeCheck } from "./home-check";
import { collabMetrics } from "./metrics";
import type { ConnectionIdentity } from "./presence-guard";
import { logger } from "@/lib/observability/logger";

export type CollabServerOptions = RoomOptions & {
  unloadGraceMs?: number;
  /** Relay access changes, updates and presence through Redis (default: process.env.REDIS_URL). */
  redisUrl?: string | null;
  /** Accepted Origin besides the request's own host (default: process.env.APP_URL). */
  appUrl?: string;
  /** Where upgrades for other paths go (Next.js's hot reload in development); else they are refused. */
  otherUpgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /**
   * The address through which `/collab/<mapId>` reaches a map's home server (the proxy that
   * routes by map id; default: process.env.COLLAB_ROUTER_URL). A server that finds another
   * holding a map it serves asks it which server is home, and if not itself hands over.
   */
  routerUrl?: string | null;
};

export type CollabServer = {
  registry: RoomRegistry;
  access: AccessWatch;
  /** This server's id among the collaboration servers (in the relay and the home probe). */
  serverId: string;
  /**
   * Answers a plain GET of `/collab/<mapId>` with this server's id: asked through the router,
   * it names the map's home. Returns false for other requests.
   */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** Whether new connections are taken (false once closing has begun). */
  readonly accepting: boolean;
  /** Stops accepting, closes every socket and stores what is pending (`store: false` drops it, as a crash would). */
  close(options?: { store?: boolean }): Promise<void>;
};

const PING_INTERVAL_MS = 30_000;
const PREFIX = `${COLLAB_PATH}/`;

/** The map id of a collaboration path, "" for a malformed one, null for any other path. */
export function collabMapId(url: string | undefined): string | null {
  const path = (url ?? "").split("?")[0]!;
  if (!path.startsWith(PREFIX)) return null;
  const rest = path.slice(PREFIX.length);
  return isUuid(rest) ? rest.toLowerCase() : "";
}

/**
 * Serves the collaboration WebSocket at /collab/<mapId> on an existing HTTP server, in
 * the y-websocket protocol. Each upgrade is authenticated and authorised before it is
 * accepted as a connection; refusals complete the handshake and close at once with a
 * code from CLOSE_CODES, so the browser's provider can tell why.
 */
export async function attachCollabServer(httpServer: Server, options: CollabServerOptions = {}): Promise<CollabServer> {
  const redisUrl = options.redisUrl === undefined ? process.env.REDIS_URL : options.redisUrl;
  const bus = redisUrl ? new RedisBus(redisUrl) : null;
  const registry = new RoomRegistry(options);
  const serverId = bus?.serverId ?? randomUUID();
  const routerUrl = options.routerUrl === undefined ? (process.env.COLLAB_ROUTER_URL ?? null) : options.routerUrl;
  const homes = new HomeCheck(serverId, routerUrl);
  const relay = bus ? new RedisRelay(bus, registry, (room) => homes.check(room)) : null;
  registry.relay = relay;
  let accepting = true;
  const access = new AccessWatch(registry, bus);
  await access.start();
  const comments = new CommentFeed(registry, bus);
  await comments.start();
  const serverEdits = new ServerEditFeed(registry, bus);
  await serverEdits.start();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();
  const tickets = new TicketLedger();

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, error: unknown) => {
    if (!isAppError(error)) logger.error({ err: error }, "collab: upgrade failed");
    collabMetrics.rejected.inc({ reason: rejectionReason(error) });
    if (socket.destroyed) return;
    wss.handleUpgrade(req, socket, head, (ws) => ws.close(refusalCloseCode(error), isAppError(error) ? error.code : "error"));
  };

  const accept = (
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    room: Room,
    granted: MapAccess & { sessionId: string; identity: ConnectionIdentity },
    version: number,
  ) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new CollabConnection(
        ws,
        granted.userId,
        granted.sessionId,
        granted.workspaceId,
        granted.mapId,
        granted.readOnly,
        granted.identity,
      );
      alive.set(ws, true);
      collabMetrics.connections.inc();
      ws.on("message", (data: RawData) => room.receive(conn, toBytes(data)));
      ws.on("pong", () => alive.set(ws, true));
      ws.on("error", () => ws.terminate());
      ws.on("close", () => {
        collabMetrics.connections.dec();
        registry.detach(room, conn);
      });
      registry.attach(room, conn);
      void comments.welcome(room, conn);
      // A role change that raced with this handshake is applied now that the socket is counted.
      if (access.versionOf(granted.userId) !== version) void access.reconsider({ workspaceId: granted.workspaceId, userId: granted.userId });
    });
    registry.releaseIfIdle(room);
  };

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const mapId = collabMapId(req.url);
    if (mapId === null) return false;
    socket.on("error", () => socket.destroy());
    if (!accepting) {
      // Draining: the client reconnects, and the router sends it to a server that stays.
      collabMetrics.rejected.inc({ reason: "draining" });
      wss.handleUpgrade(req, socket, head, (ws) => ws.close(CLOSE_CODES.serverRestart, "server restarting"));
      return true;
    }
    void (async () => {
      let granted: MapAccess & { sessionId: string; identity: ConnectionIdentity };
      let room: Room;
      let version: number;
      try {
        if (!mapId) throw new AppError("NOT_FOUND");
        const { userId, sessionId, jti, exp } = identifyUpgrade(req, mapId, options.appUrl);
        if (!tickets.consume(jti, exp)) throw new AppError("UNAUTHORIZED", "TICKET_USED");
        version = access.versionOf(userId);
        // Asked at once; the session answers first, so an ended session reads as signed out, not as "not found".
        const live = isLiveSession(sessionId, userId);
        const lookups = Promise.all([authorizeMapAccess({ userId, mapId }), loadConnectionIdentity(userId)]);
        lookups.catch(() => {});
        // A ticket minted before its session ended opens nothing.
        if (!(await live)) throw new AppError("UNAUTHORIZED", "SESSION_ENDED");
        const [mapAccess, identity] = await lookups;
        granted = { ...mapAccess, sessionId, identity };
        room = await registry.acquire(mapId, granted.workspaceId);
      } catch (error) {
        refuse(req, socket, head, error);
        return;
      }
      if (socket.destroyed) registry.releaseIfIdle(room);
      else accept(req, socket, head, room, granted, version);
    })();
    return true;
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (handleUpgrade(req, socket, head)) return;
    if (options.otherUpgrade) options.otherUpgrade(req, socket, head);
    else socket.destroy();
  };
  httpServer.on("upgrade", onUpgrade);

  // Sockets that stop answering pings (a laptop closed mid-session) are dropped, freeing the map.
  const ping = setInterval(() => {
    for (const room of registry.rooms()) {
      for (const conn of room.conns) {
        if (!alive.get(conn.socket)) conn.socket.terminate();
        else {
          alive.set(conn.socket, false);
          conn.socket.ping();
        }
      }
    }
  }, PING_INTERVAL_MS);
  ping.unref();

  const rooms = setInterval(() => collabMetrics.rooms.set(registry.rooms().length), 1000);
  rooms.unref();

  return {
    registry,
    access,
    serverId,
    get accepting() {
      return accepting;
    },
    handleRequest(req, res) {
      const mapId = collabMapId(req.url);
      if (mapId === null || req.method !== "GET" || req.headers.upgrade) return false;
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ server: serverId }));
      return true;
    },
    async close(closeOptions = {}) {
      accepting = false;
      clearInterval(rooms);
      httpServer.off("upgrade", onUpgrade);
      clearInterval(ping);
      access.stop();
      comments.stop();
      serverEdits.stop();
      await registry.closeAll(closeOptions);
      wss.close();
      await relay?.close();
      await bus?.close();
    },
  };
}

function rejectionReason(error: unknown): string {
  if (!isAppError(error)) return "error";
  return error.messageKey.toLowerCase();
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
