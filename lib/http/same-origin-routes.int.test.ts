import { describe, expect, it } from "vitest";
import { POST as startImport } from "@/app/api/feedback-imports/route";
import { POST as commitImport } from "@/app/api/feedback-imports/[importId]/commit/route";
import { POST as stageRows } from "@/app/api/feedback-imports/[importId]/rows/route";
import { DELETE as discardImport } from "@/app/api/feedback-imports/[importId]/route";

const fromElsewhere = (method: string) =>
  new Request("http://app.test/api/feedback-imports", {
    method,
    headers: { host: "app.test", origin: "https://evil.example", "content-type": "application/json" },
    body: method === "DELETE" ? undefined : "{}",
  });
const params = { params: Promise.resolve({ importId: "00000000-0000-4000-8000-000000000000" }) };

describe("cookie-authenticated routes that change state refuse other origins", () => {
  it("answers 403 BAD_ORIGIN before anything else is looked at", async () => {
    const responses = [
      await startImport(fromElsewhere("POST")),
      await stageRows(fromElsewhere("POST"), params),
      await commitImport(fromElsewhere("POST"), params),
      await discardImport(fromElsewhere("DELETE"), params),
    ];
    for (const res of responses) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BAD_ORIGIN");
    }
  });
});
