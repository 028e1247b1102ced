import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { jsonRoute } from "./json-route";
import { logger } from "@/lib/observability/logger";

const request = new Request("http://localhost/api/x");

describe("jsonRoute", () => {
  it("answers the handler's value as uncached JSON", async () => {
    const response = await jsonRoute(async () => ({ hello: "world" }))(request, {});
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ hello: "world" });
  });

  it("maps an AppError to its status and code", async () => {
    for (const [code, status] of [["UNAUTHORIZED", 401], ["FORBIDDEN", 403], ["NOT_FOUND", 404]] as const) {
      const response = await jsonRoute(async () => {
        throw new AppError(code);
      })(request, {});
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: code });
    }
  });

  it("logs anything else and answers a bare 500 that reveals nothing", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    const response = await jsonRoute(async () => {
      throw new Error("database password is hunter2");
    })(request, {});
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("hunter2");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
