import { describe, expect, it } from "vitest";
import { fitZoom, MAX_ZOOM, MIN_ZOOM, nextZoom } from "./zoom-levels";

describe("zoom levels", () => {
  it("steps through the levels and stops at both ends", () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(nextZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it("continues from a fitted zoom between levels to the neighbouring level", () => {
    expect(nextZoom(0.72, 1)).toBe(0.8);
    expect(nextZoom(0.72, -1)).toBe(0.67);
  });

  it("fits wide maps down, never zooms small maps up, and never goes below the smallest level", () => {
    expect(fitZoom(1000, 2000)).toBe(0.5);
    expect(fitZoom(1377, 2064)).toBe(0.66);
    expect(fitZoom(2000, 1000)).toBe(1);
    expect(fitZoom(100, 10_000)).toBe(MIN_ZOOM);
    expect(fitZoom(0, 1000)).toBe(1);
  });
});
