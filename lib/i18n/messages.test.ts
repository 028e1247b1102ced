import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/db/schema/audit";
import { MESSAGE_AREAS } from "./catalogue";

const dir = path.resolve(__dirname, "../../messages");
const flat = (o: Record<string, unknown>, p = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? flat(v as Record<string, unknown>, `${p}${k}.`) : [`${p}${k}`]));
const keysOf = (locale: string, area: string) => flat(JSON.parse(readFileSync(path.join(dir, locale, `${area}.json`), "utf8")));

describe("message catalogues", () => {
  it("registers every message file", () => {
    const files = readdirSync(path.join(dir, "en")).map((f) => f.replace(/\.json$/, ""));
    expect([...files].sort()).toEqual([...MESSAGE_AREAS].sort());
  });
  for (const area of MESSAGE_AREAS) {
    it(`${area}: English and Dutch have the same keys`, () => {
      expect(keysOf("nl", area).sort()).toEqual(keysOf("en", area).sort());
    });
  }
  it("areas do not redefine each other's top-level namespaces", () => {
    const seen = new Map<string, string>();
    for (const area of MESSAGE_AREAS) {
      for (const ns of Object.keys(JSON.parse(readFileSync(path.join(dir, "en", `${area}.json`), "utf8")))) {
        expect(seen.get(ns), `${ns} in ${area}`).toBeUndefined();
        seen.set(ns, area);
      }
    }
  });
  it("has a sentence for every audit action, as the audit page looks it up", () => {
    for (const locale of ["en", "nl"]) {
      const keys = keysOf(locale, "core");
      for (const action of AUDIT_ACTIONS) expect(keys, `${locale}: ${action}`).toContain(`audit.actions.${action.replace(".", "_")}`);
    }
  });
});
