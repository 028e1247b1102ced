import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { getDb } from "@/db/client";
import { personas } from "@/db/schema";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "./authorize-workspace";
import { writeWorkspaceArchive } from "./export-workspace";

/** The zip's entries as name → text. */
async function unzip(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(buffer, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z!))));
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (e, stream) => {
        if (e || !stream) return reject(e);
        const parts: Buffer[] = [];
        stream.on("data", (c: Buffer) => parts.push(c)).on("end", () => {
          files.set(entry.fileName, Buffer.concat(parts).toString("utf8"));
          zip.readEntry();
        });
      });
    });
    zip.on("end", resolve).on("error", reject);
    zip.readEntry();
  });
  return files;
}

describe("workspace export", () => {
  it("holds the workspace's maps, personas, members, audit log and every response as CSV, and nothing of another workspace", async () => {
    const f = await buildTenantFixture();
    const m = await buildEvidenceMap(f.workspace.id);
    await getDb().insert(personas).values({ workspaceId: f.workspace.id, name: "Anna de Vries" });
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [{ csat: 5, comment: "=SUM(A1)" }, { nps: 9 }, { csat: 1, comment: "Slow" }]);
    const foreign = await buildEvidenceMap(f.otherWorkspace.id);
    await buildResponses({ workspaceId: f.otherWorkspace.id, mapId: foreign.map.id, touchpointId: foreign.touchpoint.id }, [{ csat: 3, comment: "Not yours" }]);

    const ctx = await authorizeWorkspace({ userId: f.owner.id, workspace: { slug: f.workspace.slug }, permission: "workspace.delete" });
    const sink = new PassThrough();
    const parts: Buffer[] = [];
    sink.on("data", (c: Buffer) => parts.push(c));
    const { bytes } = await writeWorkspaceArchive(ctx, sink);
    const files = await unzip(Buffer.concat(parts));
    expect(bytes).toBeGreaterThan(0);
    expect([...files.keys()]).toEqual(expect.arrayContaining(["workspace.json", "members.json", "personas.json", "maps/index.json", "kpis.json", "reviews.json", "comments.json", "audit-log.json", "feedback.csv", "snapshots/index.json"]));
    expect(JSON.parse(files.get("workspace.json")!)).toMatchObject({ id: f.workspace.id, name: f.workspace.name });
    expect(JSON.parse(files.get("members.json")!).map((r: { email: string }) => r.email).sort()).toEqual([f.owner.email, f.admin.email, f.editor.email, f.viewer.email].sort());
    expect(JSON.parse(files.get("personas.json")!)).toMatchObject([{ name: "Anna de Vries" }]);
    expect([...files.keys()].filter((k) => k.startsWith("maps/") && k.endsWith(".journeyboard.json"))).toHaveLength(1);
    const csv = files.get("feedback.csv")!.trim().split(/\r?\n/);
    expect(csv).toHaveLength(4);
    expect(csv.join("\n")).toContain("'=SUM(A1)");
    expect(csv.join("\n")).not.toContain("Not yours");
  });
});
