import { expect, type Page } from "@playwright/test";

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
