import { describe, expect, it } from "vitest";
import { isWinAnsi, pdfText } from "./pdf-text";

describe("pdfText", () => {
  it("keeps Dutch and Latin-1 letters and the WinAnsi typographic marks", () => {
    expect(pdfText("Geëvalueerd café “drie” – 57,1 % — €5 · naïef")).toBe("Geëvalueerd café “drie” – 57,1 % — €5 · naïef");
  });
  it("writes the marks of our messages and of Intl plainly", () => {
    expect(pdfText("−2 tot +2")).toBe("-2 tot +2");
    expect(pdfText("“a” → “b”")).toBe("“a” -> “b”");
    expect(pdfText("1\u202f234")).toBe("1\u00a0234");
  });
  it("drops accents Helvetica lacks and marks what it cannot draw", () => {
    expect(pdfText("Łódź Győr")).toBe("?ódz Gyor");
    expect(pdfText("Check-in 🚀 東京")).toBe("Check-in ? ??");
  });
  it("composes decomposed input before checking it", () => {
    expect(pdfText("e\u0308")).toBe("ë");
  });
  it("leaves nothing outside WinAnsi", () => {
    const sample = "A\u0100\u2212\u00e9\u20ac\u{1f600}\u0416";
    expect([...pdfText(sample)].every(isWinAnsi)).toBe(true);
  });
  it("accepts numbers", () => {
    expect(pdfText(12)).toBe("12");
  });
});
