import { describe, expect, it } from "vitest";
import { csvCell, csvLine, neutraliseFormula } from "./csv-escape";

describe("formula injection", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["+31 6 1234", "'+31 6 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=cmd", "'\t=cmd"],
    ["\r=cmd", "\"'\r=cmd\""],
  ])("neutralises %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("leaves ordinary text, and formulas that do not start the cell, alone", () => {
    expect(csvCell("Great service")).toBe("Great service");
    expect(csvCell("1=1")).toBe("1=1");
    expect(csvCell("a-b")).toBe("a-b");
    expect(neutraliseFormula("")).toBe("");
  });

  it("writes numbers as numbers, even negative ones", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(4.5)).toBe("4.5");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("quoting", () => {
  it("quotes separators, quotes, line breaks and edge spaces", () => {
    expect(csvCell('He said "fine", then left')).toBe('"He said ""fine"", then left"');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });
  it("writes empty cells for nothing, ISO times for dates", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-05-17T12:30:00Z"))).toBe("2026-05-17T12:30:00.000Z");
  });
  it("ends lines with CRLF", () => {
    expect(csvLine(["a", 1, null, "=x"])).toBe("a,1,,'=x\r\n");
  });
});
