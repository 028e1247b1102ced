import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SaveTracker } from "@/lib/collab/client/save-tracker";
import { addPhase } from "@/lib/journey/map-document";
import { buildMap, buildMember, buildWorkspace } from "@/lib/testing/factories";
import { connectClient, storedContent, waitFor, type TestClient } from "./test-harness";

/**
 * "Saved" is a promise about the database: a server killed with SIGKILL at any moment,
 * while its clients are closed (a laptop lid), must have stored every change an editor
 * had shown as saved. Needs PostgreSQL, since the server runs in another process.
 */
const EDITORS = 20;
const ROOT = path.resolve(import.meta.dirname, "../../..");
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill("SIGKILL");
  child = null;
});

function startChildServer(): Promise<string> {
  child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/register-server-only.mjs", "lib/testing/collab-server-child.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child!.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/LISTENING (\S+)/);
      if (match) resolve(match[1]!);
    });
    child!.once("exit", (code) => reject(new Error(`collab child exited early (${code})`)));
  });
}

type Editor = { client: TestClient; tracker: SaveTracker; written: string[]; shownSaved: Set<string> };

describe.skipIf(!process.env.DATABASE_URL)("collaboration server killed with SIGKILL", () => {
  it.each([1, 2, 3, 4, 5])("keeps every value shown as saved (run %i)", async () => {
    const workspace = await buildWorkspace();
    const map = await buildMap(workspace.id);
    const members = await Promise.all(Array.from({ length: EDITORS }, () => buildMember(workspace.id, "editor")));
    const url = await startChildServer();

    const editors: Editor[] = members.map((member) => {
      const client = connectClient({ url, mapId: map.id, userId: member.id });
      const editor: Editor = { client, tracker: null!, written: [], shownSaved: new Set() };
      // What the editor's status shows: Saved once nothing written is unconfirmed.
      editor.tracker = new SaveTracker(client.doc, client.provider, (origin) => origin === client.provider, () => {
        if (!editor.tracker.pending) for (const value of editor.written) editor.shownSaved.add(value);
      });
      return editor;
    });
    await Promise.all(editors.map((e) => e.client.synced));

    // Every editor writes now and then (as people do: Saved shows between their edits),
    // until the server dies at a random moment.
    let writing = true;
    const timers = editors.map((editor, i) => {
      let n = 0;
      const write = () => {
        if (!writing) return;
        const value = `e${i}-v${++n}`;
        editor.written.push(value);
        addPhase(editor.client.doc, value);
        timer = setTimeout(write, 20 + Math.random() * 150);
      };
      let timer = setTimeout(write, Math.random() * 100);
      return () => clearTimeout(timer);
    });
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
    writing = false;
    for (const stop of timers) stop();
    for (const editor of editors) {
      editor.tracker.destroy();
      editor.client.destroy();
    }
    child!.kill("SIGKILL");
    await waitFor(() => child!.exitCode !== null || child!.signalCode !== null);

    // What a restarted server loads: the stored state and log.
    const stored = new Set((await storedContent(map.id)).phases.map((p) => p.name));
    const shown = editors.flatMap((e) => [...e.shownSaved]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((value) => !stored.has(value))).toEqual([]);
  });
});
