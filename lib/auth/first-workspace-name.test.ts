import { describe, expect, it } from "vitest";
import { firstWorkspaceName } from "./first-workspace-name";

describe("firstWorkspaceName", () => {
  it("uses the first name in the sign-up language", () => {
    expect(firstWorkspaceName("Ada Lovelace", "en")).toBe("Ada's workspace");
    expect(firstWorkspaceName("  Noor de Vries ", "nl")).toBe("Werkruimte van Noor");
  });
});
