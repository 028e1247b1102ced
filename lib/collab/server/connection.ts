import type { WebSocket } from "ws";
import { MAX_BUFFERED_BYTES } from "./limits";
import type { ConnectionIdentity } from "./presence-guard";

/** One open socket to a map, with who it is and what it may do. */
export class CollabConnection {
  /** Awareness client ids this socket has announced, removed when it closes. */
  readonly awarenessIds = new Set<number>();
  /** Save probes answered once the database has their updates, in the order they came. */
  private replies: Promise<void> = Promise.resolve();
  private waitingForStore = 0;
  /** Comment changes that come while the connection's first list of comments is being read. */
  private heldComments: Uint8Array[] | null = [];

  constructor(
    readonly socket: WebSocket,
    readonly userId: string,
    /** The browser session the socket was opened in; ending it closes the socket. */
    readonly sessionId: string,
    readonly workspaceId: string,
    readonly mapId: string,
    /** Changes when the user's role changes while connected. */
    public readOnly: boolean,
    /** How the user appears to others; every presence state this socket sends is given it. */
    readonly identity: ConnectionIdentity,
  ) {}

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(1013, "too far behind");
      return;
    }
    // No per-message callback: a failed write surfaces as the socket's error and close.
    this.socket.send(message, { binary: true });
  }

  /** A changed comment: sent now, or after the full list when that is still on its way. */
  sendComment(message: Uint8Array): void {
    if (this.heldComments) this.heldComments.push(message);
    else this.send(message);
  }

  /** Sends the map's comments as read after the connection joined, then the changes held meanwhile. */
  startComments(all: Uint8Array): void {
    const held = this.heldComments ?? [];
    this.heldComments = null;
    this.send(all);
    for (const message of held) this.send(message);
  }

  /** Sends `reply` once `stored` resolves, after every earlier such reply. */
  replyWhenStored(stored: Promise<void>, reply: () => void): void {
    this.waitingForStore++;
    this.replies = this.replies
      .then(() => stored)
      .then(reply)
      .finally(() => this.waitingForStore--);
  }

  /** Whether this socket waits for a save confirmation (and should hear that the database refused). */
  get isWaitingForStore(): boolean {
    return this.waitingForStore > 0;
  }

  close(code: number, reason = ""): void {
    if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING) return;
    this.socket.close(code, reason);
  }
}
