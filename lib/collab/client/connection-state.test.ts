import { describe, expect, it } from "vitest";
import { deriveConnectionState } from "./connection-state";

const base = { online: true, synced: false, everSynced: false, pending: false, stopped: false };

describe("connection state", () => {
  it("is connecting until the first sync", () => {
    expect(deriveConnectionState(base)).toBe("connecting");
    expect(deriveConnectionState({ ...base, pending: true })).toBe("connecting");
  });
  it("is saved when synced with nothing pending, saving while changes are unconfirmed", () => {
    expect(deriveConnectionState({ ...base, synced: true, everSynced: true })).toBe("saved");
    expect(deriveConnectionState({ ...base, synced: true, everSynced: true, pending: true })).toBe("saving");
  });
  it("is offline when the network or the socket is lost after a sync, or access ended", () => {
    expect(deriveConnectionState({ ...base, online: false, synced: true, everSynced: true })).toBe("offline");
    expect(deriveConnectionState({ ...base, everSynced: true, pending: true })).toBe("offline");
    expect(deriveConnectionState({ ...base, online: false })).toBe("offline");
    expect(deriveConnectionState({ ...base, stopped: true, synced: true })).toBe("offline");
  });
});
