import { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { undoScope } from "@/lib/journey/map-document";
import { CLOSE_CODES, type CollabTicket } from "@/lib/collab/shared/protocol";
import { CommentStore } from "./comment-store";
import { type ConnectionState, deriveConnectionState } from "./connection-state";
import type { AccessFailure, TicketResult } from "./fetch-ticket";
import { SaveTracker } from "./save-tracker";

export type SessionSnapshot = {
  state: ConnectionState;
  /** From the latest ticket: the server would drop this connection's updates anyway. */
  readOnly: boolean;
  user: CollabTicket["user"] | null;
  /** Why the editor stopped for good, when it did. */
  failure: AccessFailure | null;
  /** The document holds content worth showing (from the local cache or the server). */
  loaded: boolean;
};

export type Network = { isOnline(): boolean; subscribe(onChange: () => void): () => void };
type LocalCache = { whenSynced: Promise<unknown>; destroy(): unknown; clearData?(): Promise<unknown> };

export type CollabSessionOptions = {
  mapId: string;
  serverUrl: string;
  fetchTicket: () => Promise<TicketResult>;
  /** Keeps edits in the browser (IndexedDB) so offline work survives; none in Node. */
  openCache?: (doc: Y.Doc) => LocalCache;
  network?: Network;
  WebSocketImpl?: typeof WebSocket;
  /** Longest wait between reconnect attempts. */
  maxRetryMs?: number;
  /** How often an open connection re-reads its ticket (see `refreshTicket`). */
  ticketRefreshMs?: number;
};

const FINAL_CLOSES: Record<number, AccessFailure> = {
  [CLOSE_CODES.unauthorized]: "unauthorized",
  [CLOSE_CODES.forbidden]: "forbidden",
  [CLOSE_CODES.notFound]: "notFound",
  [CLOSE_CODES.messageTooLarge]: "tooLarge",
};

/**
 * Closes after which the client comes back at once: its access changed, the map moved to
 * another server, or the server is restarting. A little jitter keeps a drained server's
 * clients from all arriving at the next one in the same millisecond.
 */
function quickRetryDelay(code: number | undefined): number | undefined {
  if (code === CLOSE_CODES.authorizationChanged) return 0;
  if (code === CLOSE_CODES.mapMoved || code === CLOSE_CODES.serverRestart) return Math.floor(Math.random() * 250);
  return undefined;
}

const alwaysOnline: Network = { isOnline: () => true, subscribe: () => () => {} };

/**
 * One open map: the Y.Doc, its socket, local cache, presence and undo history. Every
 * (re)connection first fetches a fresh ticket, because tokens live a minute and a changed
 * role (close code 4205) must be decided again by the server; 4401/4403/4404 end it.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly provider: WebsocketProvider;
  /** Tracks only this user's own transactions (origin null), never remote or cached ones. */
  readonly undoManager = new Y.UndoManager(undoScope(this.doc));
  /** The map's comments, pushed by the server over this socket. */
  readonly comments = new CommentStore();
  private readonly tracker: SaveTracker;
  private readonly cache: LocalCache | null;
  private readonly network: Network;
  private readonly listeners = new Set<() => void>();
  private snapshot: SessionSnapshot;
  private ticket: CollabTicket | null = null;
  private failure: AccessFailure | null = null;
  private everSynced = false;
  private cacheLoaded = false;
  private attempts = 0;
  private opening = false;
  private destroyed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private unsubscribeNetwork: () => void;

  constructor(private readonly options: CollabSessionOptions) {
    this.network = options.network ?? alwaysOnline;
    this.provider = new WebsocketProvider(options.serverUrl, options.mapId, this.doc, {
      connect: false,
      awareness: this.awareness,
      // Tabs talk through the server only, so the server's read-only rule holds between them too.
      disableBc: true,
      // We reconnect ourselves, with a fresh token.
      shouldReconnect: () => false,
      ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
    });
    this.comments.listen(this.provider);
    this.cache = options.openCache?.(this.doc) ?? null;
    // An empty cache (first visit) is not worth showing: wait for the server then.
    this.cache?.whenSynced.then(() => {
      this.cacheLoaded = this.doc.store.clients.size > 0;
      this.emit();
    }, () => {});
    this.tracker = new SaveTracker(this.doc, this.provider, (o) => o === this.provider || (this.cache !== null && o === this.cache), () => this.emit());
    this.provider.on("sync", this.onSync);
    this.provider.on("connection-close", this.onClose);
    this.unsubscribeNetwork = this.network.subscribe(this.onNetwork);
    this.snapshot = this.compute();
  }

  start(): void {
    void this.open();
    this.refreshTimer = setInterval(() => void this.refreshTicket(), this.options.ticketRefreshMs ?? 20_000);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.refreshTimer);
    this.unsubscribeNetwork();
    this.tracker.destroy();
    this.undoManager.destroy();
    this.provider.destroy();
    this.awareness.destroy();
    void this.cache?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private async open(): Promise<void> {
    if (this.destroyed || this.failure || this.opening || this.provider.ws) return;
    if (!this.network.isOnline()) return this.emit();
    this.opening = true;
    const result = await this.options.fetchTicket();
    this.opening = false;
    if (this.destroyed || this.failure || this.provider.ws) return;
    if (!result.ok) {
      if (result.reason === "unavailable") this.retry();
      else this.stop(result.reason);
      return;
    }
    this.ticket = result.ticket;
    this.awareness.setLocalStateField("user", result.ticket.user);
    this.provider.params = { token: result.ticket.token };
    this.provider.connect();
    this.emit();
  }

  /**
   * The server makes a demoted member's open socket read-only without closing it, so the
   * page learns of it from a fresh ticket: re-read now and then while connected.
   */
  private async refreshTicket(): Promise<void> {
    if (this.destroyed || this.failure || this.opening || !this.provider.wsconnected) return;
    const result = await this.options.fetchTicket();
    if (this.destroyed || this.failure) return;
    if (result.ok) {
      const sameUser = JSON.stringify(result.ticket.user) === JSON.stringify(this.ticket?.user);
      this.ticket = sameUser && this.ticket ? { ...result.ticket, user: this.ticket.user } : result.ticket;
      if (!sameUser) this.awareness.setLocalStateField("user", result.ticket.user);
      this.emit();
    } else if (result.reason !== "unavailable") {
      this.stop(result.reason);
    }
  }

  private retry(delay = Math.min(this.options.maxRetryMs ?? 10_000, 250 * 2 ** this.attempts)) {
    this.attempts++;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.open(), delay);
    this.emit();
  }

  private stop(reason: AccessFailure) {
    this.failure = reason;
    this.provider.disconnect();
    // Access is gone for good (removed, or the map was deleted): do not keep a copy in this browser.
    if (reason === "forbidden" || reason === "notFound") void this.cache?.clearData?.().catch(() => {});
    this.emit();
  }

  private onSync = (synced: boolean) => {
    if (synced) {
      this.everSynced = true;
      this.attempts = 0;
    }
    this.emit();
  };

  private onClose = (event: CloseEvent | null) => {
    if (this.destroyed) return;
    const final = event ? FINAL_CLOSES[event.code] : undefined;
    // The provider is still inside its close handler; act once it has finished.
    setTimeout(() => {
      if (this.destroyed || this.failure) return;
      if (final) return this.stop(final);
      // A local close (watchdog) would make the provider reconnect with a stale token.
      this.provider.disconnect();
      if (!this.network.isOnline()) return this.emit();
      this.retry(quickRetryDelay(event?.code));
    }, 0);
    this.emit();
  };

  private onNetwork = () => {
    if (this.network.isOnline()) {
      void this.open();
    } else {
      // Do not trust a socket the browser says has no network; edits stay local meanwhile.
      clearTimeout(this.retryTimer);
      this.provider.disconnect();
    }
    this.emit();
  };

  private compute(): SessionSnapshot {
    return {
      state: deriveConnectionState({
        online: this.network.isOnline(),
        synced: this.provider.synced && this.provider.wsconnected,
        everSynced: this.everSynced,
        pending: this.tracker?.pending ?? false,
        storeFailing: this.tracker?.storeFailing ?? false,
        stopped: this.failure !== null,
      }),
      readOnly: this.ticket?.readOnly ?? true,
      user: this.ticket?.user ?? null,
      failure: this.failure,
      loaded: this.cacheLoaded || this.everSynced,
    };
  }

  private emit() {
    if (this.destroyed) return;
    const next = this.compute();
    const prev = this.snapshot;
    if (
      prev &&
      prev.state === next.state &&
      prev.readOnly === next.readOnly &&
      prev.user === next.user &&
      prev.failure === next.failure &&
      prev.loaded === next.loaded
    )
      return;
    this.snapshot = next;
    for (const l of this.listeners) l();
  }
}
