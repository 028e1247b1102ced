import { describe, expect, it } from "vitest";
import { accentForeground, contrastRatio, normaliseAccentColor } from "./accent-color";

describe("accent colour", () => {
  it("accepts #rgb and #rrggbb in any case, nothing else", () => {
    expect(normaliseAccentColor("#ABC")).toBe("#aabbcc");
    expect(normaliseAccentColor(" #0F766E ")).toBe("#0f766e");
    for (const bad of ["red", "#12345", "0f766e", "#0f766e80", "url(x)", "#ggg"]) expect(normaliseAccentColor(bad)).toBeNull();
  });

  it("picks button text that reaches 4.5:1 on every accent", () => {
    expect(accentForeground("#ffeb3b")).toBe("#000000");
    expect(accentForeground("#0f766e")).toBe("#ffffff");
    for (let i = 0; i < 4096; i += 7) {
      const hex = `#${[i >> 8, (i >> 4) & 15, i & 15].map((c) => (c * 17).toString(16).padStart(2, "0")).join("")}`;
      expect(contrastRatio(hex, accentForeground(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
