import { expect, type Page, test } from "@playwright/test";
import { cardAction, createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";
import { linkFromMail } from "./mail";

const openCard = async (page: Page, text: string) => {
  await cardAction(page, text, "Details and comments");
  return page.getByTestId("card-panel");
};

test("a mention reaches the member: the bell counts it, the inbox and the e-mail open the card, a reply comes back", async ({ page, browser }) => {
  await signUp(page, { name: "Anna Owner", email: uniqueEmail("anna-notify") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const bob = await inviteAndJoin(page, browser, slug, "editor", "Bob Editor");
  const mapUrl = await createMap(page, slug, "Notified journey", "Five phases");

  // Anna mentions Bob on a card.
  const panel = await openCard(page, "Pricing page");
  const box = panel.getByRole("combobox", { name: "New comment" });
  await box.fill("Prices look hidden, ");
  await box.pressSequentially("@Bob");
  await page.keyboard.press("Enter");
  await box.pressSequentially("can you check?");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(panel.getByTestId("comment")).toContainText("can you check?");

  // Bob, in his own browser, sees the bell's count and opens the notification.
  await bob.page.goto(`/w/${slug}`);
  await expect(bob.page.getByTestId("notification-count")).toHaveText("1");
  await bob.page.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(bob.page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const item = bob.page.getByTestId("notification");
  await expect(item).toHaveAttribute("data-read", "false");
  await expect(item).toContainText("Anna Owner mentioned you on Notified journey");
  await expect(item).toContainText("can you check?");
  await item.getByRole("link", { name: "Anna Owner mentioned you on Notified journey" }).click();

  // He lands on the card, its panel open at the comment; the notification is read.
  await expect(bob.page).toHaveURL(new RegExp(`${mapUrl.replace(/[/.]/g, "\\$&")}\\?card=[0-9a-f-]{36}&comment=[0-9a-f-]{36}$`));
  const bobPanel = bob.page.getByTestId("card-panel");
  await expect(bobPanel.getByRole("heading", { name: "Touchpoint", exact: true })).toBeVisible();
  await expect(bobPanel.getByTestId("comment")).toContainText("can you check?");
  await expect(bobPanel.getByTestId("comment")).toHaveAttribute("data-linked", "true");
  await expect(bob.page.getByTestId("notification-count")).toHaveCount(0);

  // The e-mail (sent at once, the default) links to the same notification.
  const mailed = await linkFromMail(bob.email, /http:\/\/localhost:\d+\/w\/[^/\s]+\/notifications\/[0-9a-f-]{36}/, 20_000);
  await bob.page.goto(mailed);
  await expect(bob.page).toHaveURL(/\?card=[0-9a-f-]{36}&comment=[0-9a-f-]{36}$/);
  await expect(bob.page.getByTestId("card-panel").getByTestId("comment")).toContainText("can you check?");

  // Bob replies in the thread: Anna hears of it, and can mark it read from the inbox.
  const reply = bob.page.getByTestId("card-panel").getByRole("combobox", { name: "New comment" });
  await reply.fill("Checked: the price shows only at checkout.");
  await bob.page.getByTestId("card-panel").getByRole("button", { name: "Comment", exact: true }).click();
  await expect(bob.page.getByTestId("card-panel").getByTestId("comment")).toHaveCount(2);
  await page.goto(`/w/${slug}/notifications`);
  await expect(page.getByTestId("notification-count")).toHaveText("1");
  await expect(page.getByTestId("notification")).toContainText("Bob Editor replied in a thread on Notified journey");
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByTestId("notification")).toHaveAttribute("data-read", "true");
  await expect(page.getByTestId("notification-count")).toHaveCount(0);

  // Anna makes Bob owner of a review action, picked from the members; it is in his My work.
  await page.goto(`${mapUrl}/review`);
  await page.getByLabel("Action", { exact: true }).fill("Show shipping costs on the pricing page");
  await page.getByLabel("Owner", { exact: true }).fill("bo");
  await page.getByRole("option", { name: "Bob Editor" }).click();
  await page.getByLabel("Due date").fill("2030-03-31");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByTestId("review-action")).toContainText("Owner: Bob Editor");
  await bob.page.goto(`/w/${slug}`);
  await expect(bob.page.getByTestId("notification-count")).toHaveText("1");
  await bob.page.getByTestId("user-menu").click();
  await bob.page.getByRole("menuitem", { name: "My work" }).click();
  await expect(bob.page.getByRole("heading", { name: "My work", level: 1 })).toBeVisible();
  const mine = bob.page.getByTestId("my-action");
  await expect(mine).toContainText("Show shipping costs on the pricing page");
  await expect(mine).toContainText("Notified journey");
  await mine.getByRole("link").click();
  await expect(bob.page).toHaveURL(/\/review\?quarter=\d{4}-Q[1-4]#action-[0-9a-f-]{36}$/);
  await expect(bob.page.getByTestId("review-action")).toContainText("Owner: Bob Editor");

  // An opportunity card gets Bob as its owner, picked from the members; Bob sees it in My work.
  await page.goto(mapUrl);
  const opportunity = await openCard(page, "All-in price incl. delivery on the pricing page");
  // The picker searches the members as one types.
  await opportunity.getByLabel("Owner", { exact: true }).fill("edit");
  await opportunity.getByRole("option", { name: "Bob Editor" }).click();
  await expect(opportunity.getByLabel("Owner", { exact: true })).toHaveValue("Bob Editor");
  await opportunity.getByRole("button", { name: "Make a review action" }).click();
  await expect(opportunity.getByTestId("opportunity-actions")).toContainText("All-in price incl. delivery on the pricing page");
  await expect(opportunity.getByTestId("opportunity-actions")).toContainText("Planned");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
  await expect(async () => {
    await bob.page.goto(`/w/${slug}/my-work`);
    await expect(bob.page.getByTestId("my-opportunity")).toContainText("All-in price incl. delivery on the pricing page", { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(bob.page.getByTestId("my-action").filter({ hasText: "All-in price" })).toBeVisible();

  // E-mail preferences: Bob switches to a daily digest.
  await bob.page.goto("/account/notifications");
  await bob.page.getByRole("radio", { name: /Daily digest/ }).check();
  await bob.page.getByRole("button", { name: "Save" }).click();
  await expect(bob.page.getByText("Notification settings saved.")).toBeVisible();
  await bob.page.reload();
  await expect(bob.page.getByRole("radio", { name: /Daily digest/ })).toBeChecked();
  await bob.context.close();
});
