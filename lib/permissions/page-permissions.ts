import type { Permission } from "./roles";

/**
 * What each workspace page requires. Pages pass these to loadWorkspacePage and the
 * access-matrix test walks the same table, so a new page is tested once it is listed.
 */
export const PAGE_PERMISSIONS = {
  maps: "maps.read",
  /** The map editor; the map itself is then looked up within the workspace (getMapOrThrow). */
  mapEditor: "maps.read",
  members: "members.read",
  audit: "audit.read",
  settings: "workspace.update",
  personas: "maps.read",
  /** KPIs, feedback forms, scores and CSV export per map. */
  evidence: "evidence.read",
  evidenceImport: "evidence.write",
  /** KPI values from a CSV file, for the KPIs of one map. */
  kpiImport: "evidence.write",
  apiKeys: "apikeys.manage",
  /** Webhook endpoints, their secrets and delivery logs. */
  webhooks: "workspace.update",
  /** Dashboards and the quarterly review read feedback; the map itself is looked up within the workspace. */
  dashboard: "evidence.read",
  mapDashboard: "evidence.read",
  mapReview: "evidence.read",
  /** Snapshots: list, read-only view, compare. */
  mapSnapshots: "maps.read",
  /** The map's JSON/PNG export view. */
  mapExport: "maps.read",
  /** Share links of a map: any member sees the page; only maps.share lists and makes links. */
  mapShare: "maps.read",
  /** The review actions the member owns, across maps. */
  myWork: "workspace.read",
  /** Alert rules and their firings: every member reads them; alerts.manage changes them. */
  alerts: "evidence.read",
  /** The opportunity matrix across maps: everyone looks; placing a card (placeOpportunity) takes maps.write. */
  opportunities: "maps.read",
  /** The member's own inbox in the workspace (queries take the member's id too). */
  notifications: "workspace.read",
  /** Importing a map from JSON creates a map. */
  mapImport: "maps.write",
} as const satisfies Record<string, Permission>;
