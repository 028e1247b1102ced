import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { personas } from "@/db/schema";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { activeFilters, whichFilterEmptied } from "./explain-empty";
import { ZDashboardFilters } from "./filters";

let f: TenantFixture;
let m: Awaited<ReturnType<typeof buildEvidenceMap>>;
const filters = (query: Record<string, string>) => ZDashboardFilters.parse(query);

beforeEach(async () => {
  f = await buildTenantFixture();
  m = await buildEvidenceMap(f.workspace.id);
  await buildResponses(
    { workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id },
    [{ csat: 4, channel: "web", respondedAt: new Date("2026-05-10T10:00:00Z") }],
  );
});

describe("an empty selection names the filter that emptied it", () => {
  it("finds the one filter that, taken away, brings answers back", async () => {
    const ctx = { workspaceId: f.workspace.id };
    expect(await whichFilterEmptied(ctx, filters({ channel: "email" }))).toBe("channel");
    expect(await whichFilterEmptied(ctx, filters({ quarter: "2020-Q1" }))).toBe("period");
    const [persona] = await getDb().insert(personas).values({ workspaceId: f.workspace.id, name: "Anna" }).returning();
    expect(await whichFilterEmptied(ctx, filters({ persona: persona!.id, quarter: "2026-Q2" }))).toBe("persona");
  });

  it("says 'together' when only dropping several would help, and nothing when nothing is filtered or nothing was ever answered", async () => {
    const ctx = { workspaceId: f.workspace.id };
    expect(await whichFilterEmptied(ctx, filters({ channel: "email", quarter: "2020-Q1" }))).toBe("together");
    expect(await whichFilterEmptied(ctx, filters({}))).toBeNull();
    // Another workspace's answers never count: the stranger's empty workspace stays unexplained.
    expect(await whichFilterEmptied({ workspaceId: f.otherWorkspace.id }, filters({ channel: "email" }))).toBeNull();
    // A map dashboard's own map is not offered as removable.
    expect(await whichFilterEmptied(ctx, filters({ map: m.map.id, quarter: "2020-Q1" }), { map: true })).toBe("period");
    expect(activeFilters(filters({ by: "quarter" }))).toEqual([]);
  });
});
