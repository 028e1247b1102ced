import * as Y from "yjs";
import type { Locale } from "@/lib/i18n/locales";
import { applyTemplate, buildBlankMap, type TemplateKpiRow } from "./apply-template";
import { getTemplate } from "./catalogue";
import type { MapStarter } from "./template-ids";

/** A new map's document, built blank or from a template, and the KPIs the template sets for its phases. */
export function buildMapDocument(starter: MapStarter, language: Locale): { doc: Y.Doc; kpis: TemplateKpiRow[] } {
  const doc = new Y.Doc();
  if (starter === "blank") {
    buildBlankMap(doc, language);
    return { doc, kpis: [] };
  }
  return { doc, kpis: applyTemplate(doc, getTemplate(starter), language) };
}
