import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp, slugOf, uniqueEmail } from "./helpers";

test("an admin adds a webhook, sends a test event to a real HTTP server, and reads the delivery log", async ({ page }) => {
  const received: Array<{ headers: Record<string, unknown>; body: string }> = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    await signUp(page, { name: "Wendy Webhook", email: uniqueEmail("wendy") });
    await expect(page).toHaveURL(/\/w\//);
    const slug = slugOf(page);
    await page.goto(`/w/${slug}/settings`);
    await page.getByRole("link", { name: "Manage webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    // A private address is refused until the workspace allows private targets.
    await page.getByLabel("Endpoint URL (HTTPS)").fill(url);
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText("Use an https:// address.")).toBeVisible();
    await page.getByLabel(/Allow webhooks to private/).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.getByLabel("Endpoint URL (HTTPS)").fill(url);
    await page.getByRole("button", { name: "Add webhook" }).click();
    const hook = page.getByTestId("webhook");
    await expect(hook).toContainText(url);
    const secret = await hook.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);

    await hook.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
    expect(received[0]!.headers["journeyboard-event"]).toBe("ping");
    expect(String(received[0]!.headers["journeyboard-signature"])).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("webhook-delivery").first()).toHaveAttribute("data-status", "succeeded", { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByTestId("webhook-delivery").first()).toContainText("answer 200");
    await expect(page.getByTestId("webhook-delivery").first()).toContainText("thanks");
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
