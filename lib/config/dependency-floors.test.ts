import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Versions below these have known security fixes missing (next) or lack what the auth
 * layer relies on (next-auth); the lock file must not fall back below them.
 */
const FLOORS: Record<string, string> = { next: "16.4.6", "next-auth": "5.0.0-beta.32" };

/** Compares "16.4.6" or "5.0.0-beta.32" style versions; prereleases sort below their release. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = a.split("-", 2);
  const [coreB, preB] = b.split("-", 2);
  const na = coreA!.split(".").map(Number);
  const nb = coreB!.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (na[i] !== nb[i]) return (na[i] ?? 0) - (nb[i] ?? 0);
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const pa = preA.split(".");
  const pb = preB.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

describe("dependency floors", () => {
  it("compares versions with prereleases", () => {
    expect(compareVersions("16.4.6", "16.4.5")).toBeGreaterThan(0);
    expect(compareVersions("16.4.6", "16.10.0")).toBeLessThan(0);
    expect(compareVersions("5.0.0-beta.32", "5.0.0-beta.4")).toBeGreaterThan(0);
    expect(compareVersions("5.0.0", "5.0.0-beta.32")).toBeGreaterThan(0);
    expect(compareVersions("5.0.0-beta.31", "5.0.0-beta.32")).toBeLessThan(0);
  });

  it("package-lock.json holds no version below the floors", () => {
    const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string }>;
    };
    for (const [name, floor] of Object.entries(FLOORS)) {
      const installed = lock.packages[`node_modules/${name}`]?.version;
      expect(installed, name).toBeDefined();
      expect(compareVersions(installed!, floor), `${name} ${installed} < ${floor}`).toBeGreaterThanOrEqual(0);
    }
  });
});
