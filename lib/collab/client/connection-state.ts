/** What the always-visible status shows; also the `data-state` of the indicator. */
export type ConnectionState = "connecting" | "saving" | "retrying" | "saved" | "offline";

export type ConnectionFlags = {
  /** The browser says it has a network (navigator.onLine). */
  online: boolean;
  /** The socket is open and the first sync exchange of this connection is done. */
  synced: boolean;
  /** This session has been synced with the server at least once. */
  everSynced: boolean;
  /** Local changes the server has not yet confirmed. */
  pending: boolean;
  /** The server said its database refused those changes and it is retrying. */
  storeFailing?: boolean;
  /** The server or the ticket route refused us for good (no access, map gone). */
  stopped: boolean;
};

/**
 * Before the first sync we are connecting; losing the socket or the network after that
 * means offline (edits are kept locally and merged on reconnect); once synced, saving
 * until the server has committed every local change to its database ("retrying" while
 * the database refuses them).
 */
export function deriveConnectionState(f: ConnectionFlags): ConnectionState {
  if (f.stopped || !f.online) return "offline";
  if (!f.synced) return f.everSynced ? "offline" : "connecting";
  if (!f.pending) return "saved";
  return f.storeFailing ? "retrying" : "saving";
}
