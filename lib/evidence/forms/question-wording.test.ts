import { describe, expect, it } from "vitest";
import { defaultQuestions, resolveQuestions } from "./question-wording";

describe("question wording", () => {
  it("defaults are in the workspace's language, with the name respondents see", () => {
    const nl = defaultQuestions({ locale: "nl", brandName: "Gamma", touchpointName: "Kassa" });
    expect(nl.nps).toBe("Hoe waarschijnlijk is het dat u Gamma aanbeveelt bij een vriend of collega?");
    expect(nl.csat).toContain("“Kassa”");
    expect(nl.followUp).toBe("Wat kunnen we beter doen?");
    expect(defaultQuestions({ locale: "en", brandName: "Gamma", touchpointName: "Till" }).followUp).toBe("What could we do better?");
  });

  it("the team's wording replaces only the questions it gave", () => {
    const defaults = defaultQuestions({ locale: "en", brandName: "Gamma", touchpointName: "Till" });
    const resolved = resolveQuestions({ csat: "Happy with the till?", nps: null, ces: null, comment: null, followUp: null }, defaults);
    expect(resolved.csat).toBe("Happy with the till?");
    expect(resolved.nps).toBe(defaults.nps);
  });
});
