import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("keeps letters and digits, folds accents", () => {
    expect(slugify("Café Noord & Zuid 2")).toBe("cafe-noord-zuid-2");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("workspace");
  });
  it("adds a random suffix on request", () => {
    expect(slugify("Acme", true)).toMatch(/^acme-[0-9a-f]{6}$/);
  });
});
