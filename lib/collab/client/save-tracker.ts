import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { messageYjsSyncStep2, writeSyncStep1 } from "y-protocols/sync";
import type * as Y from "yjs";
import { messageSync, type WebsocketProvider } from "y-websocket";
import { MESSAGE_SAVE_FAILED } from "@/lib/collab/shared/protocol";

/**
 * Knows whether the server has stored every local change. y-websocket has no
 * acknowledgements, so after local changes we send a sync step 1 ("what am I missing?")
 * down the same socket: the server handles a socket's messages in order and holds its
 * step-2 reply until everything received before the question is committed to
 * PostgreSQL, so the reply proves the changes are stored. If the database refuses them
 * the server says so (MESSAGE_SAVE_FAILED) and keeps retrying; the reply still comes
 * once they are in.
 */
export class SaveTracker {
  private localVersion = 0;
  private confirmedVersion = 0;
  /** Versions covered by each question in flight, oldest first. */
  private inFlight: number[] = [];
  private probeScheduled = false;
  /** The server reported that its database refused our changes; cleared by the next answer. */
  storeFailing = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    /** Origins whose updates did not come from this user (the provider, the local cache). */
    private readonly isRemoteOrigin: (origin: unknown) => boolean,
    private readonly onChange: () => void,
  ) {
    doc.on("update", this.onUpdate);
    provider.on("sync", this.onSync);
    provider.on("connection-close", this.onClose);
    const original = provider.messageHandlers[messageSync]!;
    provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, type) => {
      // The first step 2 of a connection answers the provider's own question, not ours.
      const isAnswer = p.synced && decoding.peekVarUint(decoder) === messageYjsSyncStep2;
      original(encoder, decoder, p, emitSynced, type);
      if (isAnswer) this.onAnswer();
    };
    provider.messageHandlers[MESSAGE_SAVE_FAILED] = () => {
      if (this.storeFailing || !this.pending) return;
      this.storeFailing = true;
      this.onChange();
    };
  }

  get pending(): boolean {
    return this.confirmedVersion < this.localVersion;
  }

  destroy(): void {
    this.doc.off("update", this.onUpdate);
    this.provider.off("sync", this.onSync);
    this.provider.off("connection-close", this.onClose);
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (this.isRemoteOrigin(origin)) return;
    const wasPending = this.pending;
    this.localVersion++;
    if (!wasPending) this.onChange();
    this.scheduleProbe();
  };

  private onSync = (synced: boolean) => {
    if (synced && this.pending) this.scheduleProbe();
  };

  private onClose = () => {
    this.inFlight = [];
    this.storeFailing = false;
  };

  private onAnswer() {
    const version = this.inFlight.shift();
    if (version === undefined) return;
    const wasPending = this.pending;
    this.confirmedVersion = Math.max(this.confirmedVersion, version);
    const wasFailing = this.storeFailing;
    this.storeFailing = false;
    if (wasPending !== this.pending || wasFailing) this.onChange();
  }

  // One question per burst of changes (a drag sends many), asked after the burst's updates.
  private scheduleProbe() {
    if (this.probeScheduled) return;
    this.probeScheduled = true;
    setTimeout(() => {
      this.probeScheduled = false;
      this.probe();
    }, 0);
  }

  private probe() {
    const ws = this.provider.ws;
    if (!this.pending || !this.provider.synced || !ws || ws.readyState !== ws.OPEN) return;
    if (this.inFlight.at(-1) === this.localVersion) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    writeSyncStep1(encoder, this.doc);
    ws.send(encoding.toUint8Array(encoder));
    this.inFlight.push(this.localVersion);
  }
}
