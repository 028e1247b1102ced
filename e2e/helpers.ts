import { type Browser, expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

/** Signs up through the form and waits for the first workspace. */
export async function signUp(page: Page, opts: { name: string; email: string; password?: string; from?: string }) {
  if (!opts.from) await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(opts.name);
  const email = page.getByLabel("E-mail address");
  if (await email.isEditable()) await email.fill(opts.email);
  await page.getByLabel("Password").fill(opts.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** The workspace slug from a /w/<slug>/… URL. */
export function slugOf(page: Page): string {
  const match = new URL(page.url()).pathname.match(/^\/w\/([^/]+)/);
  if (!match) throw new Error(`not in a workspace: ${page.url()}`);
  return match[1]!;
}

/**
 * The owner (on `page`, inside workspace `slug`) invites a new person with `role`; the person
 * signs up from the link in a browser context of their own and joins.
 */
export async function inviteAndJoin(page: Page, browser: Browser, slug: string, role: "admin" | "editor" | "viewer", name: string) {
  const email = uniqueEmail(role);
  await page.goto(`/w/${slug}/members`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(link);
  await guest.getByRole("link", { name: "Create an account" }).click();
  // Signing up from the invitation joins at once.
  await signUp(guest, { name, email, from: "invite" });
  await expect(guest).toHaveURL(new RegExp(`/w/${slug}$`));
  return { context, page: guest, email };
}

/** Creates a map from the list page and returns the editor's URL. */
/** Creates an API key through Settings → API keys, as an admin would, and returns the headers that use it. */
export async function createApiKey(page: Page, slug: string, name = "Survey tool"): Promise<{ Authorization: string }> {
  await page.goto(`/w/${slug}/settings/api-keys`);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  return { Authorization: `Bearer ${await page.getByTestId("new-api-key").inputValue()}` };
}

export async function createMap(page: Page, slug: string, name: string, template = "Blank map") {
  await page.goto(`/w/${slug}`);
  await page.getByRole("button", { name: "New map" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByText(template, { exact: true }).click();
  await dialog.getByRole("button", { name: "Create map" }).click();
  await expect(page).toHaveURL(/\/maps\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
  return page.url();
}

/**
 * The card whose text is exactly `text` (not one that merely mentions it): found by its
 * text button, named "Edit card …" for editors and "Open card …" for viewers.
 */
export function cardWithText(page: Page, text: string) {
  const css = (s: string) => s.replace(/["\\]/g, "\\$&");
  return page.getByTestId("card").filter({ has: page.locator(`[aria-label="Edit card ${css(text)}"], [aria-label="Open card ${css(text)}"]`) });
}

/** Opens the menu of the card showing `text` (it appears on hover) and picks `action`. */
export async function cardAction(page: Page, text: string, action: string) {
  const card = cardWithText(page, text);
  await card.hover();
  await card.getByRole("button", { name: `Actions for card ${text}` }).click();
  await page.getByRole("menuitem", { name: action, exact: true }).click();
}

/** Opens the menu of a phase, step or lane header and picks `action`. */
export async function headerAction(page: Page, kind: "phase" | "step" | "lane", name: string, action: string) {
  await page.getByRole("button", { name: `Actions for ${kind} ${name}` }).click();
  await page.getByRole("menuitem", { name: action, exact: true }).click();
}
