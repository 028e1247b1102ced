import { expect, test } from "@playwright/test";

test("pages, API routes and the public form carry the security headers; pages run under the CSP without violations", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cache-control"]).toContain("no-store");
  // The page works: its scripts ran (the form is interactive) and nothing was blocked.
  await page.getByLabel("E-mail address").fill("someone@example.test");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible();
  expect(violations).toEqual([]);

  for (const path of ["/api/v1/maps", "/f/not-a-real-form-token"]) {
    const res = await request.get(path);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["content-security-policy"], path).toContain("object-src 'none'");
  }

  // A server-action body over the limit is refused with 413 before the app reads it.
  const oversized = await request.post("/sign-in", { headers: { "next-action": "0".repeat(40), "content-type": "text/plain" }, data: "x".repeat(1024 * 1024 + 1) });
  expect(oversized.status()).toBe(413);

  // Redirects name the host the browser used, never the wildcard address the server listens on.
  for (const path of ["/api/auth/signin", "/w/nowhere"]) {
    const redirect = await request.get(path, { maxRedirects: 0 });
    expect(redirect.status(), path).toBeGreaterThanOrEqual(300);
    expect(redirect.headers()["location"] ?? "", path).not.toContain("0.0.0.0");
  }
});

test("ids that are no ids are answered 404 before any page or route runs, with the headers", async ({ request }) => {
  const id = "6f1d3c9e-3b0a-4c55-9d3e-2a1b0c9d8e7f";
  for (const path of ["/api/maps/1/collab-token", "/api/maps/x'--/evidence", "/api/feedback-imports/abc/rows", "/api/feedback-forms/abc/qr", "/api/v1/maps/abc/touchpoints"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.json(), path).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  for (const path of ["/w/acme/maps/not-a-map", "/w/acme/maps/123/dashboard", `/w/acme/maps/${id}/snapshots/nope`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const post = await request.post("/api/feedback-imports/abc/commit");
  expect(post.status()).toBe(404);
});

test("an API path no route handles answers a JSON 404 in the API's error shape", async ({ request }) => {
  for (const path of ["/api/v1/nothing-here", "/api/v2/maps", "/api/v1/maps/6f1d3c9e-3b0a-4c55-9d3e-2a1b0c9d8e7f/nope"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/json");
    expect((await response.json()).error.code, path).toBe("ROUTE_NOT_FOUND");
  }
  expect((await request.post("/api/v1/nothing-here")).status()).toBe(404);
});
