import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bytea } from "./bytea";
import { workspaces } from "./workspaces";

export const personas = pgTable(
  "personas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    goals: text("goals").notNull().default(""),
    needs: text("needs").notNull().default(""),
    frustrations: text("frustrations").notNull().default(""),
    /** A hex colour for the initials avatar. */
    color: text("color").notNull().default("#4338ca"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("personas_workspace").on(t.workspaceId)],
);
export type Persona = typeof personas.$inferSelect;

export const journeyMaps = pgTable(
  "journey_maps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    personaId: uuid("persona_id").references(() => personas.id, { onDelete: "set null" }),
    templateId: text("template_id"),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    lastEditedById: text("last_edited_by_id").references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /**
     * When the comments kept in the map's document (before comments became rows) were
     * moved to map_comments; null until the map is next opened. New maps start with it set.
     */
    commentsMovedAt: timestamp("comments_moved_at", { withTimezone: true }).defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("journey_maps_workspace_updated").on(t.workspaceId, t.updatedAt)],
);
export type JourneyMap = typeof journeyMaps.$inferSelect;

/** The compacted Yjs state of a map; list queries never select it. */
export const mapDocuments = pgTable("map_documents", {
  mapId: uuid("map_id").primaryKey().references(() => journeyMaps.id, { onDelete: "cascade" }),
  workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
  state: bytea("state").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Updates appended as they arrive, folded into map_documents.state by compaction. */
export const mapUpdates = pgTable(
  "map_updates",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    update: bytea("update").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("map_updates_map").on(t.mapId, t.id)],
);

/**
 * Projection of the document's phases, steps and touchpoints, kept in step by the
 * collaboration server so evidence and dashboards can join on them. Rows removed from
 * the map are marked deleted, never dropped, so their feedback stays attached.
 */
export const mapPhases = pgTable(
  "map_phases",
  {
    id: uuid("id").primaryKey(),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    /** The template phase it was made from ("awareness", "decision" …): maps that share one are pooled on the workspace dashboard. */
    templateKey: text("template_key"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("map_phases_map").on(t.mapId)],
);

export const mapSteps = pgTable(
  "map_steps",
  {
    id: uuid("id").primaryKey(),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    phaseId: uuid("phase_id").notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    /** The team's assumed emotion, -2..2, or null when not set. */
    emotion: integer("emotion"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("map_steps_map").on(t.mapId)],
);

export const mapTouchpoints = pgTable(
  "map_touchpoints",
  {
    id: uuid("id").primaryKey(),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    phaseId: uuid("phase_id"),
    stepId: uuid("step_id"),
    name: text("name").notNull(),
    channel: text("channel"),
    position: integer("position").notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("map_touchpoints_map").on(t.mapId), index("map_touchpoints_workspace").on(t.workspaceId)],
);

/**
 * The opportunity cards of a map's document, projected like touchpoints so that "My
 * work", due-date reminders and review actions can find them. `ownerId` is what the
 * document says (written by clients): readers join memberships before trusting it.
 */
export const mapOpportunities = pgTable(
  "map_opportunities",
  {
    id: uuid("id").primaryKey(),
    mapId: uuid("map_id").notNull().references(() => journeyMaps.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    ownerId: text("owner_id"),
    status: text("status").notNull(),
    dueDate: text("due_date"),
    /** The phase of the card's step (null on rows written before it was projected, until the map is next opened). */
    phaseId: uuid("phase_id"),
    /** Customer value and effort, 1–5, or null while unset: the opportunity matrix's axes. */
    customerValue: integer("customer_value"),
    effort: integer("effort"),
    position: integer("position").notNull(),
    /** When the owner was told the due date passed; cleared when the owner or due date changes. */
    dueNotifiedAt: timestamp("due_notified_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("map_opportunities_map").on(t.mapId),
    index("map_opportunities_owner").on(t.ownerId, t.workspaceId),
    index("map_opportunities_workspace").on(t.workspaceId),
    check("map_opportunities_customer_value", sql`${t.customerValue} between 1 and 5`),
    check("map_opportunities_effort", sql`${t.effort} between 1 and 5`),
  ],
);
