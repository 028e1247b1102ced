import { describe, expect, it } from "vitest";
import { safePixelRatio } from "./element-png";

describe("safePixelRatio", () => {
  it("renders at twice the size while the canvas stays under the limit", () => {
    expect(safePixelRatio(1280, 2000)).toBe(2);
  });
  it("lowers the ratio for a long page so the canvas keeps under 16 million pixels", () => {
    const ratio = safePixelRatio(1280, 9000);
    expect(ratio).toBeLessThan(2);
    expect(1280 * ratio * 9000 * ratio).toBeLessThanOrEqual(16_000_000 + 1);
  });
  it("never goes below half size, nor breaks on an empty element", () => {
    expect(safePixelRatio(5000, 100_000)).toBe(0.5);
    expect(safePixelRatio(0, 0)).toBe(1);
  });
});
