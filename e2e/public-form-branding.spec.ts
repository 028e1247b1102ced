import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { cardAction, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

/** A 1×1 PNG: the smallest logo there is. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("a Dutch workspace's public form is Dutch throughout, with its display name, logo, colour and own wording", async ({ page, browser }) => {
  await signUp(page, { name: "Anna Admin", email: uniqueEmail("anna") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);

  // Settings: the workspace speaks Dutch to respondents and shows itself as "Gamma".
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Workspace language").selectOption("nl");
  await page.getByRole("button", { name: "Save language and time zone" }).click();
  await expect(page.getByText("Language and time zone saved.")).toBeVisible();
  const forms = page.locator("#public-forms");
  await forms.getByLabel("Name shown to respondents").fill("Gamma");
  await forms.getByLabel("Accent colour", { exact: true }).fill("#0f766e");
  await forms.getByRole("button", { name: "Save look" }).click();
  await expect(page.getByText("The public forms’ look is saved.")).toBeVisible();
  // An SVG is refused by its content, whatever it is called.
  await forms.getByLabel("Logo", { exact: true }).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
  await forms.getByRole("button", { name: "Upload logo" }).click();
  await expect(forms.getByRole("alert")).toContainText("not a PNG, JPEG or WebP image");
  await forms.getByLabel("Logo", { exact: true }).setInputFiles({ name: "gamma.png", mimeType: "image/png", buffer: PNG });
  await forms.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("Logo uploaded.")).toBeVisible();
  await expect(forms.getByTestId("form-logo-preview")).toBeVisible();
  await forms.screenshot({ path: "test-results/screens/settings-public-forms.png" });

  // The team makes the touchpoint's form, rewords a question and asks the follow-up.
  const mapUrl = await createMap(page, slug, "Klantreis", "Five phases");
  await cardAction(page, "Pricing page", "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByRole("button", { name: "Create form" }).click({ timeout: 15_000 });
  const link = await panel.getByTestId("feedback-form-link").inputValue({ timeout: 15_000 });
  await panel.getByText("Change questions", { exact: true }).click();
  const questions = panel.getByRole("form", { name: /Change the questions of the form/ });
  await questions.getByRole("checkbox", { name: /Follow-up/ }).check();
  await questions.getByRole("checkbox", { name: /Recommendation/ }).check();
  await expect(questions.getByRole("textbox", { name: "Recommendation (NPS)", exact: true })).toHaveAttribute("placeholder", /aanbeveelt/);
  const csatWording = questions.getByRole("textbox", { name: "Satisfaction (CSAT)", exact: true });
  // Empty means the default, shown in the workspace's language with its display name.
  await expect(csatWording).toHaveAttribute("placeholder", "Hoe tevreden bent u over “Pricing page”?");
  await csatWording.fill("Hoe tevreden bent u over onze prijzen?");
  await questions.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Questions saved.")).toBeVisible();
  await panel.screenshot({ path: "test-results/screens/form-wording.png" });

  // A customer, signed out and with an English browser, gets the workspace's Dutch.
  const customerContext = await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 } });
  const customer = await customerContext.newPage();
  await customer.goto(link);
  await expect(customer.getByRole("heading", { level: 1, name: "Hoe ging het?" })).toBeVisible();
  await expect(customer.locator("html")).toHaveAttribute("lang", "nl");
  await expect(customer.getByTestId("public-form-brand")).toHaveText("Gamma");
  const logo = customer.getByRole("img", { name: "Logo van Gamma" });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  const logoResponse = await customer.request.get((await logo.getAttribute("src"))!);
  expect(logoResponse.headers()["content-type"]).toBe("image/png");
  expect(logoResponse.headers()["x-content-type-options"]).toBe("nosniff");
  expect(logoResponse.headers()["cache-control"]).toContain("max-age");
  // The accent colour is the send button's, with readable text on it.
  const send = customer.getByRole("button", { name: "Versturen" });
  await expect(send).toHaveCSS("background-color", "rgb(15, 118, 110)");
  await expect(send).toHaveCSS("color", "rgb(255, 255, 255)");
  await customer.screenshot({ path: "test-results/screens/public-form-nl.png", fullPage: true });
  // The branded form keeps the public form's zero axe violations.
  const { violations } = await new AxeBuilder({ page: customer }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  const text = await customer.locator("main").innerText();
  expect(text).toContain("Hoe tevreden bent u over onze prijzen?");
  expect(text).toContain("Hoe waarschijnlijk is het dat u Gamma aanbeveelt bij een vriend of collega?");
  for (const english of ["workspace", "Anna", "Send", "Optional", "How ", "What could", "Your "]) expect(text, `“${english}” on a Dutch form`).not.toContain(english);

  await customer.getByRole("group", { name: "Hoe tevreden bent u over onze prijzen?" }).getByText("4", { exact: true }).click();
  await customer.getByLabel(/Wat kunnen we beter doen\?/).fill("Een kortere wachtrij bij de kassa");
  await send.click();
  await expect(customer.getByRole("heading", { name: "Hartelijk dank!" })).toBeVisible();
  await expect(customer.getByText("Uw antwoord is bij Gamma aangekomen.")).toBeVisible();
  await customer.screenshot({ path: "test-results/screens/public-form-nl-thanks.png" });
  await customerContext.close();

  // The answer to the follow-up question is stored with the response (the map's export shows it).
  const mapId = new URL(mapUrl).pathname.split("/").pop();
  await expect(async () => {
    const csv = await (await page.request.get(`/api/maps/${mapId}/feedback-export`)).text();
    expect(csv.split("\n")[0]).toContain("follow_up");
    expect(csv).toContain("Een kortere wachtrij bij de kassa");
  }).toPass({ timeout: 15_000 });
});
