import { expect, test } from "@playwright/test";
import { createApiKey, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("a dashboard emptied by a filter names that filter; chips remove filters one by one, Reset removes them all", async ({ page, request }) => {
  await signUp(page, { name: "Mara Manager", email: uniqueEmail("mara") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Store visit", "Five phases");
  const mapId = mapUrl.split("/maps/")[1]!;

  const headers = await createApiKey(page, slug);
  const [touchpoint] = (await (await request.get(`/api/v1/maps/${mapId}/touchpoints`, { headers })).json()).data as Array<{ id: string }>;
  const data = { responses: [{ touchpoint_id: touchpoint!.id, csat: 5, channel: "web", responded_at: "2026-05-12T10:00:00Z" }] };
  expect((await request.post("/api/v1/feedback", { headers, data })).status()).toBe(201);

  await page.goto(`/w/${slug}/dashboard?channel=email&quarter=2026-Q2`);
  await expect(page.getByText("The channel filter “E-mail” leaves nothing").first()).toBeVisible();
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips.getByRole("listitem")).toHaveText(["Channel: E-mail", "Period: 2026-Q2"]);

  await chips.getByRole("button", { name: "Remove filter: Channel: E-mail" }).click();
  await expect(page).toHaveURL(/quarter=2026-Q2/);
  await expect(page).not.toHaveURL(/channel=/);
  await expect(chips.getByRole("listitem")).toHaveText(["Period: 2026-Q2"]);
  await expect(page.getByText("leaves nothing")).toHaveCount(0);

  await page.getByLabel("Channel").selectOption("email");
  await expect(chips.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(page.getByRole("list", { name: "Active filters" })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/dashboard$`));
});
