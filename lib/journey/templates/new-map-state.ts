import * as Y from "yjs";
import type { Locale } from "@/lib/i18n/locales";
import { applyTemplate, buildBlankMap } from "./apply-template";
import { getTemplate } from "./catalogue";
import type { MapStarter } from "./template-ids";

/** A new map's document, built blank or from a template. */
export function buildMapDocument(starter: MapStarter, language: Locale): Y.Doc {
  const doc = new Y.Doc();
  // Lane models without phases of their own are laid over the five-phase journey.
  if (starter === "blank") buildBlankMap(doc, language);
  else applyTemplate(doc, getTemplate(starter), language, getTemplate("five-phase"));
  return doc;
}
