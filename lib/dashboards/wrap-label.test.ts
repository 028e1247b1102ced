import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label";

describe("wrapLabel", () => {
  it("keeps short labels on one line", () => {
    expect(wrapLabel("Awareness", 12)).toEqual(["Awareness"]);
  });
  it("breaks long labels at a space onto a second line", () => {
    expect(wrapLabel("Decision / purchase", 12)).toEqual(["Decision /", "purchase"]);
    expect(wrapLabel("Delivery, use and retention", 14)).toEqual(["Delivery, use", "and retention"]);
  });
  it("cuts only what does not fit on two lines, with an ellipsis", () => {
    expect(wrapLabel("Loyalty and advocacy across every channel", 12)).toEqual(["Loyalty and", "advocacy ac…"]);
    expect(wrapLabel("Supercalifragilistic", 8)).toEqual(["Superca…"]);
  });
});
