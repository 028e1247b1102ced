import { describe, expect, it } from "vitest";
import { rollupRanges } from "./rollup-ranges";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every day the ranges cover, month rows expanded to their days. */
function coveredDays(ranges: ReturnType<typeof rollupRanges>, universe: string[]): string[] {
  const out: string[] = [];
  for (const day of universe) {
    for (const r of ranges) {
      const key = r.grain === "month" ? `${day.slice(0, 7)}-01` : day;
      if ((!r.from || key >= r.from) && (!r.to || key <= r.to)) out.push(day);
    }
  }
  return out;
}

describe("rollup ranges", () => {
  it("reads month rows alone for all time, whole months and quarters", () => {
    expect(rollupRanges()).toEqual([{ grain: "month" }]);
    expect(rollupRanges("2026-04-01", "2026-06-30")).toEqual([{ grain: "month", from: "2026-04-01", to: "2026-06-01" }]);
    expect(rollupRanges("2024-02-01", "2024-02-29")).toEqual([{ grain: "month", from: "2024-02-01", to: "2024-02-01" }]);
    expect(rollupRanges("2026-04-01")).toEqual([{ grain: "month", from: "2026-04-01", to: undefined }]);
  });

  it("adds day rows for ragged ends only", () => {
    expect(rollupRanges("2026-01-15", "2026-04-10")).toEqual([
      { grain: "month", from: "2026-02-01", to: "2026-03-01" },
      { grain: "day", from: "2026-01-15", to: "2026-01-31" },
      { grain: "day", from: "2026-04-01", to: "2026-04-10" },
    ]);
    expect(rollupRanges("2026-03-05", "2026-03-20")).toEqual([{ grain: "day", from: "2026-03-05", to: "2026-03-20" }]);
    expect(rollupRanges(undefined, "2026-04-10")).toEqual([
      { grain: "month", from: undefined, to: "2026-03-01" },
      { grain: "day", from: "2026-04-01", to: "2026-04-10" },
    ]);
  });

  it("covers every day of any period exactly once", () => {
    const start = Date.UTC(2023, 11, 1);
    const universe = Array.from({ length: 520 }, (_, i) => iso(start + i * DAY));
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 400; n++) {
      const a = universe[Math.floor(random() * universe.length)]!;
      const b = universe[Math.floor(random() * universe.length)]!;
      const [from, to] = a <= b ? [a, b] : [b, a];
      const open = n % 10;
      const f = open === 0 ? undefined : from;
      const t = open === 1 ? undefined : to;
      const expected = universe.filter((d) => (!f || d >= f) && (!t || d <= t));
      expect(coveredDays(rollupRanges(f, t), universe), `${f}..${t}`).toEqual(expected);
    }
  });
});
