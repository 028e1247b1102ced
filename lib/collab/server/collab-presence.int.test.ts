import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildMap, buildTenantFixture, testSessionId, type TenantFixture } from "@/lib/testing/factories";
import { signCollabToken, userColor } from "./collab-token";
import { MESSAGE_AWARENESS } from "./messages";
import { barrier, connectClient, startCollabServer, waitFor, type RunningCollabServer, type TestClient } from "./test-harness";

let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
const clients: TestClient[] = [];
const open = (userId: string) => {
  const client = connectClient({ url: server.url, mapId, userId });
  clients.push(client);
  return client;
};

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  server = await startCollabServer();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/** A raw awareness message from `sender`'s socket, for a client id of its choosing. */
function sendRawAwareness(sender: TestClient, clientId: number, clock: number, state: unknown) {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  sender.provider.ws!.send(encoding.toUint8Array(message));
}

const ownerIdentity = () => ({ id: f.owner.id, name: f.owner.name, color: userColor(f.owner.id) });

describe("collaboration server: presence is who the connection is", () => {
  it("an editor posing as the owner reaches others under their own name, id and colour", async () => {
    const editor = open(f.editor.id);
    const viewer = open(f.viewer.id);
    await Promise.all([editor.synced, viewer.synced]);
    editor.provider.awareness.setLocalState({ user: ownerIdentity(), editing: "card-1", cursor: { x: 1, y: 2 } });
    await barrier(editor, viewer);
    const seen = viewer.provider.awareness.getStates().get(editor.doc.clientID) as Record<string, unknown>;
    expect(seen.user).toEqual({ id: f.editor.id, name: f.editor.name, color: userColor(f.editor.id) });
    expect(seen.editing).toBe("card-1");
    expect(seen.cursor).toEqual({ x: 1, y: 2 });
  });

  it("a state claiming another client's id is dropped: the victim's entry stays its own", async () => {
    const attacker = open(f.editor.id);
    const victim = open(f.viewer.id);
    const observer = open(f.owner.id);
    await Promise.all([attacker.synced, victim.synced, observer.synced]);
    victim.provider.awareness.setLocalState({ user: { id: "ignored", name: "ignored", color: "#000000" }, cursor: null });
    await barrier(victim, observer);
    sendRawAwareness(attacker, victim.doc.clientID, 10_000, { user: ownerIdentity(), editing: "x" });
    sendRawAwareness(attacker, victim.doc.clientID, 10_001, null);
    await barrier(attacker, observer);
    const seen = observer.provider.awareness.getStates().get(victim.doc.clientID) as Record<string, unknown> | undefined;
    expect(seen?.user).toEqual({ id: f.viewer.id, name: f.viewer.name, color: userColor(f.viewer.id) });
    expect(seen?.editing).not.toBe("x");
    // Nor does the victim see itself overwritten.
    expect((victim.provider.awareness.getStates().get(victim.doc.clientID) as Record<string, unknown>).editing).not.toBe("x");
  });

  it("a viewer is never shown as editing a card", async () => {
    const viewer = open(f.viewer.id);
    const editor = open(f.editor.id);
    await Promise.all([viewer.synced, editor.synced]);
    viewer.provider.awareness.setLocalState({ user: ownerIdentity(), editing: "card-9" });
    await barrier(viewer, editor);
    const seen = editor.provider.awareness.getStates().get(viewer.doc.clientID) as Record<string, unknown>;
    expect(seen.editing).toBeNull();
    expect((seen.user as { id: string }).id).toBe(f.viewer.id);
  });

  it("a client that leaves takes its presence with it, and the id can be used again by the same user", async () => {
    const first = open(f.editor.id);
    const observer = open(f.owner.id);
    await Promise.all([first.synced, observer.synced]);
    const clientId = first.doc.clientID;
    await barrier(first, observer);
    first.provider.disconnect();
    await waitFor(() => !observer.provider.awareness.getStates().has(clientId));
    // As the browser does: the same provider, with a fresh single-use ticket.
    first.provider.params = { token: signCollabToken({ userId: f.editor.id, mapId, sessionId: testSessionId(f.editor.id) }) };
    first.provider.connect();
    await waitFor(() => first.provider.synced);
    await barrier(first, observer);
    expect((observer.provider.awareness.getStates().get(clientId) as { user: { id: string } }).user.id).toBe(f.editor.id);
  });
});
