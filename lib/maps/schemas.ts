import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MAP_STARTERS } from "@/lib/journey/templates/template-ids";

export const ZMapName = z.string("REQUIRED").trim().min(1, "REQUIRED").max(120, "TOO_LONG");
export const ZMapId = z.uuid("MAP_NOT_FOUND");

/** "" (the "no persona" option of a form) and absence both mean no persona. */
export const ZOptionalPersonaId = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.uuid("PERSONA_NOT_FOUND").nullable(),
);

export const ZCreateMapInput = z.object({
  name: ZMapName,
  starter: z.enum(MAP_STARTERS, "INVALID_TEMPLATE").default("blank"),
  personaId: ZOptionalPersonaId,
  /** The language the map's lanes, phases and template content are written in; the workspace's by default. */
  language: z.enum(LOCALES).optional(),
});
export type TCreateMapInput = z.infer<typeof ZCreateMapInput>;

export const ZMapRefInput = z.object({ mapId: ZMapId });
export const ZRenameMapInput = z.object({ mapId: ZMapId, name: ZMapName });
/** The copy's name comes from the UI ("… (copy)" in the user's language), cut to fit rather than refused. */
export const ZDuplicateMapInput = z.object({
  mapId: ZMapId,
  name: z.string("REQUIRED").trim().min(1, "REQUIRED").transform((name) => [...name].slice(0, 120).join("").trim()),
});
export const ZSetMapPersonaInput = z.object({ mapId: ZMapId, personaId: ZOptionalPersonaId });

export const MAP_SORTS = ["updated", "name"] as const;
export const MAP_STATUSES = ["active", "archived"] as const;
export type MapSort = (typeof MAP_SORTS)[number];
export type MapStatus = (typeof MAP_STATUSES)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The list's URL parameters; anything malformed falls back to the default rather than failing the page. */
export const ZListMapsQuery = z.object({
  q: z.preprocess(first, z.string().trim().max(100)).catch(""),
  sort: z.preprocess(first, z.enum(MAP_SORTS)).catch("updated"),
  status: z.preprocess(first, z.enum(MAP_STATUSES)).catch("active"),
  /** `?new=<template>`: the template gallery's link, opening "New map" with that template chosen. */
  new: z.preprocess(first, z.enum(MAP_STARTERS).optional()).catch(undefined),
});
export type TListMapsQuery = z.infer<typeof ZListMapsQuery>;
