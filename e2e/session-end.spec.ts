import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { createMap, inviteAndJoin, PASSWORD, signIn, signOut, signUp, slugOf, uniqueEmail } from "./helpers";

type Recorded = { url: string; headers: Record<string, string>; body: Buffer | null };

/**
 * The trust issue's promise, case by case: when a session ends (sign-out, a password
 * change elsewhere, removal from the last workspace), its cookie copied beforehand is
 * refused by a page, a server action, a route handler and the ticket route, and a map
 * open under that session stops.
 */
async function setUp(page: Page, browser: Browser) {
  await signUp(page, { name: "Olga Owner", email: uniqueEmail("olga") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Shared map");
  const victim = await inviteAndJoin(page, browser, slug, "editor", "Vic Victim");
  // Vic's server action (creating a map) is recorded, to be replayed with the copied cookie.
  const actions: Recorded[] = [];
  victim.page.on("request", (r) => {
    const headers = r.headers();
    if (r.method() === "POST" && headers["next-action"]) actions.push({ url: r.url(), headers, body: r.postDataBuffer() });
  });
  await createMap(victim.page, slug, "Vic's map");
  const open = await victim.context.newPage();
  await open.goto(mapUrl);
  await expect(open.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
  return { slug, mapId: mapUrl.split("/").pop()!, victim, open, copied: await victim.context.cookies(), action: actions.find((a) => a.url.includes(`/w/${slug}`))! };
}

async function expectRefused(browser: Browser, owner: Page, s: Awaited<ReturnType<typeof setUp>>) {
  // The open map under the ended session stops and says why.
  await expect(s.open.getByTestId("connection-error")).toBeVisible({ timeout: 15_000 });
  const thief: BrowserContext = await browser.newContext();
  await thief.addCookies(s.copied);
  const page = await thief.newPage();
  await page.goto(`/w/${s.slug}`);
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await thief.request.get(`/api/maps/${s.mapId}/collab-token`)).status()).toBe(401);
  expect((await thief.request.get(`/api/maps/${s.mapId}/feedback-export`)).status()).toBe(401);
  const { cookie: _c, "content-length": _l, ...headers } = s.action.headers;
  await thief.request.post(s.action.url, { headers, data: s.action.body ?? undefined, maxRedirects: 0 });
  await thief.close();
  // The replayed action created nothing: still the owner's map and Vic's first one.
  await owner.goto(`/w/${s.slug}`);
  await expect(owner.getByTestId("map-card")).toHaveCount(2);
}

test("after sign-out the copied cookie is refused everywhere and the open map stops", async ({ page, browser }) => {
  const s = await setUp(page, browser);
  await signOut(s.victim.page);
  await expectRefused(browser, page, s);
});

test("after a password change elsewhere the copied cookie is refused everywhere and the open map stops", async ({ page, browser }) => {
  const s = await setUp(page, browser);
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, s.victim.email);
  await expect(phonePage).toHaveURL(/\/w\//);
  await phonePage.goto("/account/password");
  await phonePage.getByLabel("Current password").fill(PASSWORD);
  await phonePage.getByLabel("New password").fill("another long password");
  await phonePage.getByRole("button", { name: "Change password" }).click();
  await expect(phonePage.getByRole("status").filter({ hasText: "other browser" })).toBeVisible();
  await expectRefused(browser, page, s);
  await phone.close();
});

test("after removal from the last workspace the copied cookie is refused everywhere and the open map stops", async ({ page, browser }) => {
  const s = await setUp(page, browser);
  await page.goto(`/w/${s.slug}/members`);
  await page.getByTestId(`member-${s.victim.email}`).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Member removed.")).toBeVisible();
  await expectRefused(browser, page, s);
});
