import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { editingByOthers, readPeers, uniqueUsers } from "./presence";

const ann = { id: "u1", name: "Ann", color: "#15803d" };
const bob = { id: "u2", name: "Bob", color: "#1d4ed8" };

describe("presence", () => {
  it("reads valid states, drops malformed ones, and marks this client", () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: ann, cursor: { x: 1, y: 2 }, editing: null });
    awareness.states.set(991, { user: bob, editing: "card-1" });
    awareness.states.set(992, { user: { id: "u3", name: "X", color: "red; background:url(x)" } });
    awareness.states.set(993, { cursor: { x: 1, y: 1 } });
    const peers = readPeers(awareness);
    expect(peers.map((p) => p.user.id)).toEqual(expect.arrayContaining(["u1", "u2"]));
    expect(peers).toHaveLength(2);
    expect(peers.find((p) => p.user.id === "u1")!.isSelf).toBe(true);
    expect(editingByOthers(peers)).toEqual(new Map([["card-1", bob]]));
    awareness.destroy();
  });

  it("shows a user with two tabs once, this user first", () => {
    const peers = [
      { clientId: 1, isSelf: false, user: bob },
      { clientId: 2, isSelf: false, user: bob },
      { clientId: 3, isSelf: true, user: ann },
    ];
    expect(uniqueUsers(peers)).toEqual([
      { ...ann, isSelf: true },
      { ...bob, isSelf: false },
    ]);
  });
});
