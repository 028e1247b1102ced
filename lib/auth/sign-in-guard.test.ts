import { describe, expect, it } from "vitest";
import { failureDelayMs } from "./sign-in-guard";

describe("failureDelayMs", () => {
  it("answers the first failure at once, then doubles up to two seconds", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(failureDelayMs)).toEqual([0, 250, 500, 1000, 2000, 2000, 2000]);
  });
});
