import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ScratchCopy } from "./scratch-copy";

const CLIENT = Symbol("client");

function updateSetting(doc: Y.Doc, key: string, value: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getMap("m").set(key, value);
  return Y.encodeStateAsUpdate(doc, before);
}

describe("ScratchCopy", () => {
  it("follows the document's own changes and takes client updates when tried", () => {
    const room = new Y.Doc();
    room.getMap("m").set("loaded", "yes");
    const scratch = new ScratchCopy(room, (origin) => origin === CLIENT);
    room.getMap("m").set("server", "edit"); // e.g. relayed from another server
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    const update = updateSetting(client, "client", "edit");
    scratch.tryApply(update);
    Y.applyUpdate(room, update, CLIENT);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, scratch.state());
    expect(copy.getMap("m").toJSON()).toEqual(room.getMap("m").toJSON());
    expect(copy.getMap("m").toJSON()).toEqual({ loaded: "yes", server: "edit", client: "edit" });
  });

  it("throws for an update that fails to apply and leaves the room's document untouched, with a fresh copy", () => {
    const room = new Y.Doc();
    room.getMap("m").set("kept", "yes");
    const scratch = new ScratchCopy(room, (origin) => origin === CLIENT);
    const other = new Y.Doc();
    const real = updateSetting(other, "text", "x".repeat(200));
    // Cut short: the copy's apply fails part-way; the room's document never sees it.
    expect(() => scratch.tryApply(real.slice(0, real.length - 50))).toThrow();
    expect(room.getMap("m").toJSON()).toEqual({ kept: "yes" });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, scratch.state());
    expect(copy.getMap("m").toJSON()).toEqual({ kept: "yes" });
    scratch.destroy();
  });
});
