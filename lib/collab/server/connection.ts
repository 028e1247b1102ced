import type { WebSocket } from "ws";
import { MAX_BUFFERED_BYTES } from "./limits";

/** One open socket to a map, with who it is and what it may do. */
export class CollabConnection {
  /** Awareness client ids this socket has announced, removed when it closes. */
  readonly awarenessIds = new Set<number>();

  constructor(
    readonly socket: WebSocket,
    readonly userId: string,
    readonly workspaceId: string,
    readonly mapId: string,
    /** Changes when the user's role changes while connected. */
    public readOnly: boolean,
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

  close(code: number, reason = ""): void {
    if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING) return;
    this.socket.close(code, reason);
  }
}
