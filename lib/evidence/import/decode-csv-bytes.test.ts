import { describe, expect, it } from "vitest";
import { CsvEncodingError, decodeCsvBytes } from "./decode-csv-bytes";
import { applyColumnMapping, guessColumnMapping, parseCsvBytes } from "./csv-file";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeCsvBytes", () => {
  it("reads UTF-8 and drops its byte order mark", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("café")]))).toEqual({ text: "café", encoding: "utf-8" });
    expect(decodeCsvBytes(utf8("één"))).toEqual({ text: "één", encoding: "utf-8" });
  });
  it("converts Windows-1252, as Excel saves it, and says so", () => {
    // "café €5" in Windows-1252: é = 0xE9, € = 0x80
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "café €5", encoding: "windows-1252" });
  });
  it("reads UTF-16 with a byte order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
    expect(decodeCsvBytes(le)).toEqual({ text: "aé", encoding: "utf-16le" });
  });
  it("refuses binary files", () => {
    expect(() => decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(CsvEncodingError);
  });
});

describe("parseCsvBytes", () => {
  it("finds a semicolon delimiter, quoted line breaks and headers", () => {
    const csv = 'Touchpoint;NPS;Opmerking\r\nWebsite;9;"Snel;\ngoed"\r\n\r\nWinkel;3;\r\n';
    const parsed = parseCsvBytes(utf8(csv));
    expect(parsed.headers).toEqual(["Touchpoint", "NPS", "Opmerking"]);
    expect(parsed.rows).toEqual([
      ["Website", "9", "Snel;\ngoed"],
      ["Winkel", "3", ""],
    ]);
  });
});

describe("column mapping", () => {
  it("guesses English and Dutch headers and applies the mapping", () => {
    const mapping = guessColumnMapping(["Datum", "Contactmoment", "E-mail", "CSAT", "Toelichting", "Other"]);
    expect(mapping).toEqual({ responded_at: 0, touchpoint: 1, respondent: 2, csat: 3, comment: 4 });
    expect(applyColumnMapping([["2026-01-01", "Web", "a@b.c", "5", "ok", "x"]], mapping)).toEqual([
      { responded_at: "2026-01-01", touchpoint: "Web", respondent: "a@b.c", csat: "5", comment: "ok" },
    ]);
  });
});
