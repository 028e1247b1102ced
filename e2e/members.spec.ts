import { expect, test } from "@playwright/test";
import { signIn, signUp, slugOf, uniqueEmail } from "./helpers";

test("an owner invites a member who accepts in another browser; roles are enforced", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signUp(page, { name: "Olivia Owner", email: ownerEmail });
  await expect(page).toHaveURL(/\/w\//);

  // A second workspace, created and renamed, becomes the one we share.
  await page.getByTestId("workspace-switcher").click();
  await page.getByRole("menuitem", { name: "New workspace" }).click();
  await page.getByLabel("Workspace name").fill("Service team");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByTestId("workspace-switcher")).toContainText("Service team");
  const slug = slugOf(page);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Workspace name").fill("Service & sales team");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Workspace renamed.")).toBeVisible();
  await expect(page.getByTestId("workspace-switcher")).toContainText("Service & sales team");

  // Invite with bad input first: a clear message, nothing created.
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("E-mail address").fill("nonsense");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
  await expect(page.getByText("No pending invitations.")).toBeVisible();

  const memberEmail = uniqueEmail("viewer");
  await page.getByLabel("E-mail address").fill(memberEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toContain("/invite/");
  await expect(page.getByTestId(`invitation-${memberEmail}`)).toBeVisible();

  // The invited person opens the link in their own browser and signs up from it.
  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.goto(link);
  await expect(guest.getByText("You are invited to join Service & sales team as Viewer.")).toBeVisible();
  await guest.getByRole("link", { name: "Create an account" }).click();
  // Signing up from the link joins the workspace at once: no second click.
  await signUp(guest, { name: "Victor Viewer", email: memberEmail, from: "invite" });
  await expect(guest).toHaveURL(new RegExp(`/w/${slug}$`));

  // The link works once.
  await guest.goto(link);
  await expect(guest.getByText("This invitation has already been used.")).toBeVisible();

  // A viewer sees members but no invite form, no settings and no audit log, and is refused there.
  await guest.goto(`/w/${slug}/members`);
  await expect(guest.getByTestId(`member-${ownerEmail}`)).toBeVisible();
  await expect(guest.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(guest.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await guest.goto(`/w/${slug}/settings`);
  await expect(guest.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await guest.goto(`/w/${slug}/audit`);
  await expect(guest.getByRole("heading", { name: "Not allowed" })).toBeVisible();

  // The owner promotes the viewer to editor, then removes them; the audit log tells the story.
  await page.reload();
  await page.getByLabel("Role of Victor Viewer").selectOption("editor");
  await expect(page.getByText("Role changed.")).toBeVisible();
  await page.getByTestId(`member-${memberEmail}`).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Member removed.")).toBeVisible();
  await expect(page.getByTestId(`member-${memberEmail}`)).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByTestId("audit-event");
  await expect(log.filter({ hasText: `removed Victor Viewer` })).toHaveCount(1);
  await expect(log.filter({ hasText: "changed the role of Victor Viewer from Viewer to Editor" })).toHaveCount(1);
  await expect(log.filter({ hasText: "joined as Viewer" })).toHaveCount(1);
  await expect(log.filter({ hasText: `invited ${memberEmail} as Viewer` })).toHaveCount(1);

  // Access ends at once for the removed member; removed from their only workspace, their session ends too.
  await guest.goto(`/w/${slug}`);
  await expect(guest).toHaveURL(/\/sign-in/);

  // The last owner can neither leave nor be demoted.
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByTestId(`member-${ownerEmail}`).getByRole("button", { name: "Leave" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Leave" }).click();
  await expect(page.getByText("A workspace needs at least one owner")).toBeVisible();

  // Already signed out by the removal; signing in again still works, with no workspace left.
  await signIn(guest, memberEmail);
  await expect(guest).toHaveURL(/\/w\/new/);
  await other.close();
});

test("a revoked invitation cannot be used", async ({ page, browser }) => {
  await signUp(page, { name: "Rita Revoker", email: uniqueEmail("rita") });
  await expect(page).toHaveURL(/\/w\//);
  await page.getByRole("link", { name: "Members" }).click();
  const invitee = uniqueEmail("invitee");
  await page.getByLabel("E-mail address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  await page.getByTestId(`invitation-${invitee}`).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("Invitation revoked.")).toBeVisible();

  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.goto(link);
  await expect(guest.getByText("This invitation was revoked.")).toBeVisible();
  await other.close();
});

test("a lost invitation link is replaced with a new one after a reload; the old one stops working", async ({ page, browser }) => {
  await signUp(page, { name: "Nina Newlink", email: uniqueEmail("nina") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const invitee = uniqueEmail("invitee");
  await page.goto(`/w/${slug}/members`);
  await page.getByLabel("E-mail address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const oldLink = await page.getByTestId("invitation-link").inputValue();

  // After a reload the first link is gone (only its hash is stored): make a new one.
  await page.reload();
  await expect(page.getByTestId("invitation-link")).toHaveCount(0);
  await page.getByRole("button", { name: `New invitation link for ${invitee}` }).click();
  const dialog = page.getByRole("dialog", { name: `New invitation link for ${invitee}` });
  const newLink = await dialog.getByLabel("Invitation link").inputValue();
  expect(newLink).toContain("/invite/");
  expect(newLink).not.toBe(oldLink);

  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(oldLink);
  await expect(guest.getByText("This invitation link is not valid.")).toBeVisible();
  await guest.goto(newLink);
  await guest.getByRole("link", { name: "Create an account" }).click();
  await signUp(guest, { name: "Ivo Invitee", email: invitee, from: "invite" });
  await expect(guest).toHaveURL(new RegExp(`/w/${slug}$`));
  await context.close();
});
