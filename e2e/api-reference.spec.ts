import { expect, test } from "@playwright/test";
import { createApiKey, createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";

const FORBIDDEN_TITLE = "Not allowed";

test("an admin finds the API reference from the keys page; the description it is drawn from is served, and a retried POST is stored once", async ({ page, browser, request }) => {
  await signUp(page, { name: "Ines Integrator", email: uniqueEmail("ines") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Online order", "Five phases");
  const mapId = mapUrl.split("/maps/")[1]!;

  await page.goto(`/w/${slug}/settings/api-keys`);
  await page.getByRole("link", { name: /^API reference/ }).click();
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/v1/feedback" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Parameters and fields of POST /feedback" }).getByText("Idempotency-Key")).toBeVisible();
  await page.screenshot({ path: "test-results/api-reference.png", fullPage: true });

  const description = await request.get("/api/v1/openapi.json");
  expect(description.status()).toBe(200);
  const doc = await description.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(["/maps", "/maps/{mapId}/touchpoints", "/feedback"]);

  const unknown = await request.get("/api/v1/no-such-route");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("ROUTE_NOT_FOUND");

  // A retried batch (same Idempotency-Key) is stored once.
  const headers = { ...(await createApiKey(page, slug, "Shop till")), "Idempotency-Key": "till-batch-0001" };
  const [touchpoint] = (await (await request.get(`/api/v1/maps/${mapId}/touchpoints`, { headers })).json()).data as Array<{ id: string }>;
  const data = { responses: [{ touchpoint_id: touchpoint!.id, csat: 5 }, { touchpoint_id: touchpoint!.id, csat: 3 }] };
  const first = await request.post("/api/v1/feedback", { headers, data });
  const retry = await request.post("/api/v1/feedback", { headers, data });
  expect([first.status(), retry.status()]).toEqual([201, 201]);
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  expect(await retry.json()).toEqual(await first.json());
  const listed = await request.get(`/api/v1/feedback?map_id=${mapId}`, { headers: { Authorization: headers.Authorization } });
  expect((await listed.json()).data).toHaveLength(2);

  // A viewer is not shown the reference (keys are an admin's): the "no access" page.
  const viewer = await inviteAndJoin(page, browser, slug, "viewer", "Vic Viewer");
  await viewer.page.goto(`/w/${slug}/settings/api-keys/reference`);
  await expect(viewer.page.getByRole("heading", { name: FORBIDDEN_TITLE })).toBeVisible();
  await expect(viewer.page.getByRole("heading", { name: "API reference" })).toHaveCount(0);
  await viewer.context.close();
});
