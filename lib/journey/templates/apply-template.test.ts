import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getLanes, getPhases, getSteps, getStepsOfPhase, getTouchpoints, readMapContent } from "@/lib/journey/map-document";
import { CHANNELS, DEFAULT_LANES } from "@/lib/journey/map-vocabulary";
import { toChannel } from "./apply-template";
import { getTemplate, TEMPLATE_IDS } from "./catalogue";
import { DEFAULT_LANE_NAMES } from "./lane-names";
import { DUTCH_METRIC_NAMES } from "./metric-names";
import { buildMapDocument } from "./new-map-state";

describe("blank map", () => {
  it("has the default lanes in order, named in the language, and one phase with one step", () => {
    const doc = buildMapDocument("blank", "nl");
    expect(getLanes(doc).map((l) => l.kind)).toEqual(DEFAULT_LANES);
    expect(getLanes(doc).map((l) => l.name)).toEqual(DEFAULT_LANES.map((k) => DEFAULT_LANE_NAMES[k].nl));
    expect(getLanes(doc).every((l) => !l.hidden)).toBe(true);
    expect(getPhases(doc).map((p) => p.name)).toEqual(["Fase 1"]);
    expect(getSteps(doc).map((s) => s.name)).toEqual(["Stap 1"]);
    expect(readMapContent(doc).cards).toEqual([]);
  });

  it("is named in English when asked", () => {
    const doc = buildMapDocument("blank", "en");
    expect(getLanes(doc)[0]!.name).toBe("Customer need / goal");
    expect(getPhases(doc)[0]!.name).toBe("Phase 1");
  });
});

describe("five-phase template", () => {
  it("keeps the phase order in English and Dutch", () => {
    expect(getPhases(buildMapDocument("five-phase", "en")).map((p) => p.name)).toEqual([
      "Awareness",
      "Consideration",
      "Decision / purchase",
      "Delivery, use and retention",
      "Loyalty and advocacy",
    ]);
    expect(getPhases(buildMapDocument("five-phase", "nl")).map((p) => p.name)).toEqual([
      "Bewustwording / oriëntatie",
      "Overweging",
      "Aankoop",
      "Levering, gebruik en behoud",
      "Loyaliteit en pleitbezorging",
    ]);
  });

  it("puts every touchpoint in its phase with a channel from the vocabulary", () => {
    const doc = buildMapDocument("five-phase", "nl");
    const touchpoints = getTouchpoints(doc);
    expect(touchpoints).toHaveLength(20);
    for (const tp of touchpoints) expect(CHANNELS).toContain(tp.channel);
    const awareness = getPhases(doc)[0]!.id;
    expect(touchpoints.filter((tp) => tp.phaseId === awareness).map((tp) => [tp.text, tp.channel])).toEqual([
      ["Zoekresultaat (organisch of betaald)", "search"],
      ["Social post", "social"],
      ["Online advertentie", "ads"],
      ["Aanbeveling van een vriend", "word_of_mouth"],
    ]);
    expect(touchpoints.find((tp) => tp.text === "Reviewsite")?.channel).toBe("review_site");
    expect(touchpoints.find((tp) => tp.text === "Loyaliteitskaart")?.channel).toBe("other");
  });

  it("writes the phase goal and metrics, in Dutch, into the KPI lane", () => {
    const doc = buildMapDocument("five-phase", "nl");
    const kpiLane = getLanes(doc).find((l) => l.kind === "kpis")!.id;
    const firstStep = getSteps(doc)[0]!.id;
    const notes = readMapContent(doc).cards.filter((c) => c.laneId === kpiLane && c.stepId === firstStep);
    expect(notes.map((c) => c.text)).toEqual(["Doel: Zichtbaarheid, herkenning", "impressies", "bereik", "doorklikratio (CTR)"]);
  });

  it("has a Dutch name for every metric", () => {
    const metrics = getTemplate("five-phase").phases!.flatMap((p) => p.metrics ?? []);
    for (const m of metrics) expect(DUTCH_METRIC_NAMES[m], m).toBeDefined();
  });
});

describe("DIY store visit template", () => {
  it("keeps each phase's own steps in order", () => {
    const doc = buildMapDocument("diy-store-visit", "nl");
    const consideration = getPhases(doc)[1]!;
    expect(consideration.name).toBe("Overweging");
    expect(getStepsOfPhase(doc, consideration.id).map((s) => s.name)).toEqual([
      "Parkeert de auto",
      "Eerste indruk van uitstraling en inrichting",
      "Vraagt een medewerker om informatie",
      "Beoordeelt en test de kwaliteit van producten",
    ]);
    expect(getSteps(doc)).toHaveLength(9);
    expect(getSteps(doc).at(-1)!.name).toBe("Geniet van een ijsje of snack na de aankoop; vertelt het door");
  });
});

describe("service process template", () => {
  it("names its own lanes and hides the lanes its model does not use", () => {
    const doc = buildMapDocument("service-process", "en");
    const lanes = getLanes(doc);
    const byKind = (k: string) => lanes.find((l) => l.kind === k)!;
    expect(byKind("backstage").name).toBe("What we must offer per channel (content, functionality, employee content)");
    expect(byKind("fallback_flow").name).toBe("Fallback flow (who catches a customer who gets stuck)");
    expect(byKind("kpis").name).toBe("KPIs from service norms (promises to the customer)");
    expect(lanes.filter((l) => !l.hidden).map((l) => l.kind)).toEqual([
      "need",
      "touchpoints",
      "emotion",
      "opportunities",
      "backstage",
      "happy_flow",
      "fallback_flow",
      "kpis",
    ]);
    expect(byKind("thoughts").hidden).toBe(true);
  });

  it("lays the lanes over the five phases without borrowing their touchpoints, with the lifecycle as planned actions", () => {
    const doc = buildMapDocument("service-process", "nl");
    expect(getPhases(doc).map((p) => p.name)[2]).toBe("Aankoop");
    expect(getTouchpoints(doc)).toEqual([]);
    const opportunities = readMapContent(doc).cards.filter((c) => c.kind === "opportunity");
    expect(opportunities.map((c) => c.text)).toEqual([
      "Getoetst bij klanten",
      "Getoetst in een klantpanel",
      "Dry-run / rollenspel",
      "Pilot",
      "Operationeel, gemonitord op KPI's",
    ]);
    expect(opportunities.every((c) => c.status === "planned" && c.stepId === getSteps(doc)[0]!.id)).toBe(true);
  });
});

describe("template states", () => {
  it.each(TEMPLATE_IDS)("%s survives encoding into a fresh document", (id) => {
    const original = buildMapDocument(id, "en");
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(buildMapDocument(id, "en")));
    const strip = (d: Y.Doc) => {
      const c = readMapContent(d);
      return { phases: c.phases.map((p) => p.name), steps: c.steps.map((s) => s.name), lanes: c.lanes.map((l) => l.kind), cards: c.cards.length };
    };
    expect(strip(copy)).toEqual(strip(original));
  });

  it("maps channel words onto the vocabulary", () => {
    expect(toChannel("Word-of-mouth")).toBe("word_of_mouth");
    expect(toChannel("email")).toBe("email");
    expect(toChannel("carrier pigeon")).toBe("other");
  });
});
