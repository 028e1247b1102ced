import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getLanes, getPhases, getSteps, readMapContent } from "@/lib/journey/map-document";
import { CHANNELS, DEFAULT_LANES } from "@/lib/journey/map-vocabulary";
import { kpiCardText } from "./apply-template";
import { getTemplate, TEMPLATE_IDS } from "./catalogue";
import { DEFAULT_LANE_NAMES } from "./lane-names";
import { buildMapDocument } from "./new-map-state";

describe("blank map", () => {
  it("has the default lanes in order, named in the language, and one phase with one step", () => {
    const { doc, kpis } = buildMapDocument("blank", "nl");
    expect(getLanes(doc).map((l) => l.kind)).toEqual(DEFAULT_LANES);
    expect(getLanes(doc).map((l) => l.name)).toEqual(DEFAULT_LANES.map((k) => DEFAULT_LANE_NAMES[k].nl));
    expect(getLanes(doc).every((l) => !l.hidden)).toBe(true);
    expect(getPhases(doc).map((p) => p.name)).toEqual(["Fase 1"]);
    expect(getSteps(doc).map((s) => s.name)).toEqual(["Stap 1"]);
    expect(readMapContent(doc).cards).toEqual([]);
    expect(kpis).toEqual([]);
  });

  it("is named in English when asked", () => {
    const { doc } = buildMapDocument("blank", "en");
    expect(getLanes(doc)[0]!.name).toBe("Customer need / goal");
    expect(getPhases(doc)[0]!.name).toBe("Phase 1");
  });
});

const worked = TEMPLATE_IDS.filter((id) => !getTemplate(id).blank);

describe("templates as worked examples", () => {
  it("offers at least seven templates, one of them a blank layout", () => {
    expect(TEMPLATE_IDS.length).toBeGreaterThanOrEqual(7);
    expect(TEMPLATE_IDS.filter((id) => getTemplate(id).blank)).toEqual(["service-blueprint"]);
  });

  it.each(worked.flatMap((id) => [[id, "en"] as const, [id, "nl"] as const]))("%s (%s) fills every lane it uses in every phase", (id, language) => {
    const template = getTemplate(id);
    const { doc } = buildMapDocument(id, language);
    const content = readMapContent(doc);
    const shown = content.lanes.filter((l) => !l.hidden);
    expect(shown.map((l) => l.kind)).toEqual(template.lanes);
    for (const phase of content.phases) {
      const steps = new Set(content.steps.filter((s) => s.phaseId === phase.id).map((s) => s.id));
      for (const lane of shown.filter((l) => l.kind !== "emotion")) {
        const cards = content.cards.filter((c) => c.laneId === lane.id && steps.has(c.stepId));
        expect(cards.length, `${phase.name} / ${lane.name}`).toBeGreaterThan(0);
      }
    }
    expect(content.steps.every((s) => s.emotion !== null)).toBe(true);
  });

  it.each(worked)("%s gives touchpoints channels of the vocabulary and opportunities owners", (id) => {
    const { cards } = readMapContent(buildMapDocument(id, "en").doc);
    const touchpoints = cards.filter((c) => c.kind === "touchpoint");
    expect(touchpoints.length).toBeGreaterThan(0);
    expect(touchpoints.every((c) => c.channel && (CHANNELS as readonly string[]).includes(c.channel))).toBe(true);
    const opportunities = cards.filter((c) => c.kind === "opportunity");
    expect(opportunities.every((c) => c.owner && c.status)).toBe(true);
  });

  it.each(worked)("%s creates KPIs with targets for its phases, named by the KPI cards", (id) => {
    const { doc, kpis } = buildMapDocument(id, "nl");
    const phaseIds = new Set(getPhases(doc).map((p) => p.id));
    expect(kpis.length).toBeGreaterThan(0);
    expect(kpis.every((k) => phaseIds.has(k.phaseId) && Number.isFinite(k.target) && k.tolerance >= 0)).toBe(true);
    const kpiLane = getLanes(doc).find((l) => l.kind === "kpis")!;
    const kpiCards = readMapContent(doc).cards.filter((c) => c.laneId === kpiLane.id);
    for (const card of kpiCards) expect(kpis.some((k) => card.text.startsWith(k.name))).toBe(true);
  });

  it.each(worked)("%s reads in Dutch when made in Dutch", (id) => {
    const en = readMapContent(buildMapDocument(id, "en").doc);
    const nl = readMapContent(buildMapDocument(id, "nl").doc);
    expect(nl.cards).toHaveLength(en.cards.length);
    const english = new Set(en.cards.map((c) => c.text));
    const same = nl.cards.filter((c) => english.has(c.text)).length;
    // Loanwords ("Happy flow", "NPS ≥ 40") may match; sentences do not.
    expect(same / nl.cards.length).toBeLessThan(0.15);
  });

  it("keeps the blank blueprint's lanes and phases without content", () => {
    const { doc, kpis } = buildMapDocument("service-blueprint", "en");
    const content = readMapContent(doc);
    expect(content.cards).toEqual([]);
    expect(kpis).toEqual([]);
    expect(content.lanes.filter((l) => !l.hidden).map((l) => l.kind)).toEqual(getTemplate("service-blueprint").lanes);
    expect(content.phases.length).toBeGreaterThan(0);
  });
});

describe("template states", () => {
  it.each(TEMPLATE_IDS)("%s survives encoding into a fresh document", (id) => {
    const original = buildMapDocument(id, "en").doc;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(buildMapDocument(id, "en").doc));
    const strip = (d: Y.Doc) => {
      const c = readMapContent(d);
      return { phases: c.phases.map((p) => p.name), steps: c.steps.map((s) => s.name), lanes: c.lanes.map((l) => l.kind), cards: c.cards.length };
    };
    expect(strip(copy)).toEqual(strip(original));
  });

  it("names a KPI card by its KPI, direction and target", () => {
    const kpi = { key: "k", name: { en: "CSAT", nl: "CSAT" }, unit: "%", direction: "higher" as const, target: 80, tolerance: 5 };
    expect(kpiCardText(kpi, "en")).toBe("CSAT ≥ 80 %");
    expect(kpiCardText({ ...kpi, name: { en: "Delivery time", nl: "Levertijd" }, unit: "days", direction: "lower", target: 2.5 }, "nl")).toBe("Levertijd ≤ 2,5 dagen");
  });
});
