import { describe, expect, it } from "vitest";
import { canManageRole, hasPermission, isRoleAtLeast } from "./roles";

describe("roles", () => {
  it("viewers read but never write", () => {
    expect(hasPermission("viewer", "maps.read")).toBe(true);
    expect(hasPermission("viewer", "maps.write")).toBe(false);
    expect(hasPermission("viewer", "members.invite")).toBe(false);
  });
  it("editors write maps but do not manage members", () => {
    expect(hasPermission("editor", "maps.write")).toBe(true);
    expect(hasPermission("editor", "members.manage")).toBe(false);
    expect(hasPermission("editor", "audit.read")).toBe(false);
  });
  it("orders roles", () => {
    expect(isRoleAtLeast("owner", "admin")).toBe(true);
    expect(isRoleAtLeast("editor", "admin")).toBe(false);
  });
  it("only owners hand out or take away ownership", () => {
    expect(canManageRole("admin", "owner")).toBe(false);
    expect(canManageRole("admin", "viewer", "owner")).toBe(false);
    expect(canManageRole("admin", "editor", "viewer")).toBe(true);
    expect(canManageRole("owner", "owner", "admin")).toBe(true);
    expect(canManageRole("editor", "viewer")).toBe(false);
  });
});
