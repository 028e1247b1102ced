import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { attemptDelivery, backoffMs } from "./deliver";
import { emitWebhookEvent } from "./events";
import { createWebhook, deleteWebhook, listWebhooks, replayWebhookDelivery, setWebhookSettings } from "./manage-webhooks";
import { guardedLookup, isPrivateAddress } from "./safe-target";
import { verifySignature } from "./signature";

type Received = { headers: IncomingMessage["headers"]; body: string };
let server: Server;
let base = "";
const received: Received[] = [];
/** The receiver fails this many requests before it answers 200. */
let failuresLeft = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503).end("try later");
      } else res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let f: TenantFixture;
const ref = () => ({ slug: f.workspace.slug });
beforeEach(async () => {
  f = await buildTenantFixture();
  received.length = 0;
  failuresLeft = 0;
});

async function endpoint(input: Record<string, unknown> = {}) {
  expect(await setWebhookSettings(f.owner.id, ref(), { allowPrivateTargets: true })).toMatchObject({ ok: true });
  const made = await createWebhook(f.admin.id, ref(), { url: `${base}/hook`, events: ["feedback.created"], ...input });
  if (!made.ok) throw new Error(`${made.error} ${JSON.stringify(made.fieldErrors)}`);
  return made.data;
}
const deliveryRow = async (id: string) => (await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0]!;

describe("webhook deliveries", () => {
  it("are signed over timestamp and body, retried with back-off after failures, and logged with the answers", async () => {
    const { secret } = await endpoint();
    failuresLeft = 2;
    const [id] = await emitWebhookEvent(f.workspace.id, "feedback.created", { source: "api", count: 1 });
    const start = Date.now();
    expect(await attemptDelivery(id!, new Date(start))).toEqual({ state: "retry", at: new Date(start + backoffMs(1)) });
    expect(await deliveryRow(id!)).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 503, lastResponse: "try later" });
    // Too soon: another worker holding the same delivery sends nothing.
    expect(await attemptDelivery(id!, new Date(start + 1000))).toEqual({ state: "skipped" });
    expect((await attemptDelivery(id!, new Date(start + 31_000))).state).toBe("retry");
    expect(await attemptDelivery(id!, new Date(start + 120_000))).toEqual({ state: "succeeded" });
    expect(await deliveryRow(id!)).toMatchObject({ status: "succeeded", attempts: 3, lastStatusCode: 200, lastResponse: "ok" });

    expect(received).toHaveLength(3);
    for (const r of received) {
      expect(r.headers["journeyboard-event"]).toBe("feedback.created");
      expect(r.headers["journeyboard-delivery"]).toBe(id);
      const header = String(r.headers["journeyboard-signature"]);
      const at = Number(/t=(\d+)/.exec(header)![1]) * 1000;
      expect(verifySignature(secret, r.body, header, 300, at)).toBe(true);
      expect(verifySignature(secret, `${r.body} `, header, 300, at)).toBe(false);
      expect(verifySignature("whsec_other", r.body, header, 300, at)).toBe(false);
    }
    expect(JSON.parse(received[0]!.body)).toMatchObject({ event: "feedback.created", workspace: { id: f.workspace.id, slug: f.workspace.slug }, data: { count: 1 } });
    expect(received.map((r) => r.body)).toEqual([received[0]!.body, received[0]!.body, received[0]!.body]);
  });

  it("give up after 24 hours, and a replay sends again with a fresh window", async () => {
    await endpoint();
    failuresLeft = 100;
    const [id] = await emitWebhookEvent(f.workspace.id, "feedback.created", { count: 1 });
    const created = (await deliveryRow(id!)).retryFrom.getTime();
    expect((await attemptDelivery(id!, new Date(created + 24 * 3600_000 - 10_000))).state).toBe("failed");
    expect(await deliveryRow(id!)).toMatchObject({ status: "failed", lastStatusCode: 503 });
    failuresLeft = 0;
    expect(await replayWebhookDelivery(f.editor.id, ref(), { deliveryId: id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await replayWebhookDelivery(f.admin.id, ref(), { deliveryId: id })).toMatchObject({ ok: true });
    expect(await attemptDelivery(id!)).toEqual({ state: "succeeded" });
    expect(await replayWebhookDelivery(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { deliveryId: id })).toMatchObject({ ok: false, error: "DELIVERY_NOT_FOUND" });
  });

  it("speak Slack when asked: a text and blocks body an incoming webhook takes as is", async () => {
    await endpoint({ format: "slack" });
    const [id] = await emitWebhookEvent(f.workspace.id, "feedback.created", { count: 3 });
    await attemptDelivery(id!);
    const body = JSON.parse(received[0]!.body);
    expect(body.text).toContain("3 new feedback response(s)");
    expect(body.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn", text: body.text } });
  });

  it("go only to endpoints that listen for the event, and only the workspace's own", async () => {
    await endpoint({ events: ["map.updated"] });
    expect(await emitWebhookEvent(f.workspace.id, "feedback.created", { count: 1 })).toEqual([]);
    expect(await emitWebhookEvent(f.otherWorkspace.id, "map.updated", {})).toEqual([]);
    expect(await emitWebhookEvent(f.workspace.id, "map.updated", {})).toHaveLength(1);
  });
});

describe("webhook targets (SSRF)", () => {
  it("refuses private, loopback and link-local targets and plain HTTP unless the workspace allows them", async () => {
    for (const [url, reason] of [
      ["https://127.0.0.1/hook", "PRIVATE_TARGET"],
      ["https://10.1.2.3/hook", "PRIVATE_TARGET"],
      ["https://169.254.169.254/latest/meta-data", "PRIVATE_TARGET"],
      ["https://[::1]/hook", "PRIVATE_TARGET"],
      ["https://localhost/hook", "PRIVATE_TARGET"],
      ["http://hooks.example.com/x", "HTTPS_REQUIRED"],
      ["ftp://hooks.example.com/x", "INVALID_URL"],
      ["https://user:pw@hooks.example.com/x", "INVALID_URL"],
    ] as const) {
      expect(await createWebhook(f.admin.id, ref(), { url, events: ["map.updated"] }), url).toMatchObject({ ok: false, fieldErrors: { url: [reason] } });
    }
    expect(await createWebhook(f.admin.id, ref(), { url: "https://hooks.example.com/x", events: ["map.updated"] })).toMatchObject({ ok: true });
    for (const a of ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.1.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "0.0.0.0"]) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "2606:4700::1111", "8.8.8.8"]) expect(isPrivateAddress(a), a).toBe(false);
  });

  it("refuses at connect time a name that resolves to a private address (DNS rebinding), and a target made private later", async () => {
    const lookup = guardedLookup(false);
    const error = await new Promise<Error | null>((resolve) => lookup("localhost", {}, (e) => resolve(e)));
    expect(error).toMatchObject({ code: "PRIVATE_TARGET" });
    await endpoint();
    expect(await setWebhookSettings(f.admin.id, ref(), { allowPrivateTargets: false })).toMatchObject({ ok: true });
    const [id] = await emitWebhookEvent(f.workspace.id, "feedback.created", { count: 1 });
    expect(await attemptDelivery(id!)).toEqual({ state: "failed" });
    expect(received).toHaveLength(0);
  });

  it("are managed by admins only, and show the secret again", async () => {
    expect(await createWebhook(f.editor.id, ref(), { url: "https://hooks.example.com/x", events: ["map.updated"] })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await setWebhookSettings(f.editor.id, ref(), { allowPrivateTargets: true })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const made = await endpoint();
    const listed = await listWebhooks(await authorizeWorkspace({ userId: f.admin.id, workspace: ref(), permission: "workspace.update" }));
    expect(listed.endpoints[0]).toMatchObject({ id: made.endpointId, secret: made.secret, events: ["feedback.created"] });
    expect(await deleteWebhook(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { endpointId: made.endpointId })).toMatchObject({ ok: false, error: "WEBHOOK_NOT_FOUND" });
    expect(await deleteWebhook(f.admin.id, ref(), { endpointId: made.endpointId })).toMatchObject({ ok: true });
  });
});
