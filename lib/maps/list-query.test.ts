import { describe, expect, it } from "vitest";
import { containsPattern } from "./like-pattern";
import { mapListHref } from "./list-href";
import { ZListMapsQuery } from "./schemas";

describe("containsPattern", () => {
  it("takes LIKE's special characters literally", () => {
    expect(containsPattern("50%_off")).toBe("%50\\%\\_off%");
    expect(containsPattern("a\\b")).toBe("%a\\\\b%");
    expect(containsPattern("plain")).toBe("%plain%");
  });
});

describe("ZListMapsQuery", () => {
  it("reads the URL's parameters", () => {
    expect(ZListMapsQuery.parse({ q: "  store ", sort: "name", status: "archived" })).toEqual({ q: "store", sort: "name", status: "archived" });
  });
  it("falls back to defaults for missing, repeated or malformed parameters", () => {
    expect(ZListMapsQuery.parse({})).toEqual({ q: "", sort: "updated", status: "active" });
    expect(ZListMapsQuery.parse({ q: ["a", "b"], sort: "evil", status: 3 })).toEqual({ q: "a", sort: "updated", status: "active" });
    expect(ZListMapsQuery.parse({ q: "x".repeat(500) }).q).toBe("");
  });
});

describe("mapListHref", () => {
  it("leaves defaults out and encodes the search", () => {
    expect(mapListHref("/w/acme", { q: "", sort: "updated", status: "active" })).toBe("/w/acme");
    expect(mapListHref("/w/acme", { q: "50% & more", sort: "name", status: "archived" })).toBe("/w/acme?q=50%25+%26+more&sort=name&status=archived");
  });
});
