import fc from "fast-check";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { MAX_MESSAGE_BYTES } from "@/lib/collab/shared/protocol";
import { addCard, addLane, addPhase, addStep, readMapContent } from "@/lib/journey/map-document";
import { buildMap, buildTenantFixture, testSessionId, type TenantFixture } from "@/lib/testing/factories";
import { signCollabToken } from "./collab-token";
import { MAX_PENDING_BYTES, MESSAGE_AWARENESS, MESSAGE_SYNC, pendingBytes } from "./messages";
import { connectClient, startCollabServer, storedContent, waitFor, type RunningCollabServer, type TestClient } from "./test-harness";
import { logger } from "@/lib/observability/logger";
import { collabMetrics } from "./metrics";

/**
 * 10,000 hostile frames from an editor's sockets. Each socket gets a burst of frames and
 * is closed by the server at its first malformed one; the attacker reconnects with a new
 * ticket and goes on. Healthy editors keep working throughout.
 */
const FRAMES = 10_000;
const BURST = 50;

let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  server = await startCollabServer();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

function syncFrame(kind: 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Real updates to corrupt: small edits made on a copy of a healthy document. */
function sampleUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const phase = addPhase(doc, "Fuzz phase");
  const step = addStep(doc, phase, "Fuzz step");
  const lane = addLane(doc, "actions", "Fuzz lane");
  for (let i = 0; i < 5; i++) addCard(doc, { laneId: lane, stepId: step, kind: "note", text: `card ${i}` });
  return updates;
}

/** An update of a client whose earlier changes never arrive: it can only wait (pending). */
function orphanUpdate(size: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, "x");
  const sv = Y.encodeStateVector(doc);
  doc.getText("t").insert(1, "y".repeat(size));
  return Y.encodeStateAsUpdate(doc, sv);
}

function frameArbitrary(updates: Uint8Array[]) {
  const realUpdate = fc.constantFrom(...updates);
  return fc.oneof(
    { weight: 30, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 200 }) },
    {
      weight: 25,
      arbitrary: fc.tuple(realUpdate, fc.double({ min: 0, max: 1, noNaN: true })).map(([u, cut]) => syncFrame(2, u.slice(0, Math.floor(u.length * cut)))),
    },
    {
      weight: 25,
      arbitrary: fc.tuple(realUpdate, fc.nat(), fc.integer({ min: 0, max: 7 })).map(([u, at, bit]) => {
        const flipped = u.slice();
        flipped[at % flipped.length]! ^= 1 << bit;
        return syncFrame(2, flipped);
      }),
    },
    // Huge varints: lengths and numbers far past the frame.
    { weight: 10, arbitrary: fc.constantFrom(new Uint8Array([0, 2, 255, 255, 255, 255, 255, 255, 255, 255, 127]), new Uint8Array([1, 255, 255, 255, 255, 15, 1])) },
    // Awareness garbage: not JSON, or JSON of the wrong shape.
    { weight: 5, arbitrary: fc.string().map((s) => { const e = encoding.createEncoder(); encoding.writeVarUint(e, MESSAGE_AWARENESS); const inner = encoding.createEncoder(); encoding.writeVarUint(inner, 1); encoding.writeVarUint(inner, 7); encoding.writeVarUint(inner, 1); encoding.writeVarString(inner, s); encoding.writeVarUint8Array(e, encoding.toUint8Array(inner)); return encoding.toUint8Array(e); }) },
    // Pending-struct floods: 100 KB orphans, a few of which pass the room's bound.
    { weight: 4, arbitrary: fc.constant(0).map(() => syncFrame(2, orphanUpdate(100_000))) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array(MAX_MESSAGE_BYTES + 1)) },
  );
}

async function sendBurst(frames: Uint8Array[]): Promise<void> {
  const token = signCollabToken({ userId: f.editor.id, mapId, sessionId: testSessionId(f.editor.id) });
  const ws = new WebSocket(`${server.url}/${mapId}?token=${token}`);
  await new Promise<void>((resolve) => {
    ws.once("message", () => {
      for (const frame of frames) if (ws.readyState === ws.OPEN) ws.send(frame);
      // A burst of frames the server accepted as valid leaves the socket open: close it ourselves.
      setTimeout(() => ws.close(), 50);
    });
    ws.on("error", () => {});
    ws.on("close", () => resolve());
  });
}

describe("collaboration server: fuzzed frames", () => {
  it(`survives ${FRAMES.toLocaleString("en")} hostile frames: others converge, storage equals a healthy client, memory and log stay bounded`, async () => {
    const warn = vi.spyOn(logger, "warn");
    const error = vi.spyOn(logger, "error");
    const rejectedBefore = (await collabMetrics.rejected.get()).values.find((v) => v.labels.reason === "malformed")?.value ?? 0;
    const a = connectClient({ url: server.url, mapId, userId: f.editor.id });
    const b = connectClient({ url: server.url, mapId, userId: f.owner.id });
    clients.push(a, b);
    await Promise.all([a.synced, b.synced]);
    addPhase(a.doc, "Before the fuzz");

    const frames = fc.sample(frameArbitrary(sampleUpdates()), { numRuns: FRAMES, seed: 20261202 });
    let connections = 0;
    for (let i = 0; i < frames.length; i += BURST) {
      await sendBurst(frames.slice(i, i + BURST));
      connections++;
      if (connections % 40 === 0) addPhase(b.doc, `During ${connections}`);
    }
    addPhase(a.doc, "After the fuzz");

    const room = server.collab.registry.get(mapId)!;
    const same = () => JSON.stringify(readMapContent(a.doc)) === JSON.stringify(readMapContent(b.doc));
    await waitFor(() => same() && readMapContent(b.doc).phases.some((p) => p.name === "After the fuzz"), 10_000);
    expect(readMapContent(a.doc).phases.map((p) => p.name)).toContain("Before the fuzz");
    await room.flush();
    expect(await storedContent(mapId)).toEqual(readMapContent(a.doc));
    // Memory: the room holds at most its bound of orphaned updates, and a fresh client's sync carries none.
    expect(pendingBytes(room.doc)).toBeLessThanOrEqual(MAX_PENDING_BYTES);
    const fresh = connectClient({ url: server.url, mapId, userId: f.viewer.id });
    clients.push(fresh);
    let firstSyncBytes = 0;
    fresh.provider.on("status", () => {});
    await fresh.synced;
    firstSyncBytes = Y.encodeStateAsUpdate(fresh.doc).byteLength;
    expect(firstSyncBytes).toBeLessThan(Y.encodeStateAsUpdate(a.doc).byteLength + 1024);
    // The log stays quiet (no line per malformed frame); the metrics count the closed connections.
    expect(warn.mock.calls.length + error.mock.calls.length).toBe(0);
    const rejected = (await collabMetrics.rejected.get()).values.find((v) => v.labels.reason === "malformed")?.value ?? 0;
    expect(rejected - rejectedBefore).toBeGreaterThan(0);
    expect(rejected - rejectedBefore).toBeLessThanOrEqual(connections);
    warn.mockRestore();
    error.mockRestore();
  }, 240_000);
});
