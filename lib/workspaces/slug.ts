import { randomBytes } from "node:crypto";

/** A URL-safe slug from a workspace name; `suffix` makes a taken slug unique. */
export function slugify(name: string, suffix = false): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "workspace";
  return suffix ? `${base}-${randomBytes(3).toString("hex")}` : base;
}
