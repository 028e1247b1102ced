import { describe, expect, it } from "vitest";
import { EvidencePoller, type PollState } from "./evidence-poller";
import { parseEvidenceAnswer, ZMapEvidence, type TMapEvidence } from "./evidence-schemas";

type Answer = { status: number; body: string };

/** A fetch that answers from a script and can hold an answer back until released. */
function scriptedFetch(answers: Answer[]) {
  const calls: string[] = [];
  let hold: { release: () => void } | null = null;
  let holdNext = false;
  const fetchFn = async (url: string) => {
    calls.push(url);
    if (holdNext) {
      holdNext = false;
      await new Promise<void>((resolve) => (hold = { release: resolve }));
    }
    const next = answers.shift();
    if (!next) throw new TypeError("Failed to fetch");
    return { ok: next.status >= 200 && next.status < 300, status: next.status, text: async () => next.body };
  };
  return {
    fetchFn,
    calls,
    holdNextAnswer: () => (holdNext = true),
    release: () => hold?.release(),
  };
}

const body = (responses: number) =>
  JSON.stringify({ scores: { tp1: { csat: 100, nps: null, ces: null, responses, tint: { hue: 120, color: "c", background: "b" } } }, kpis: {} });

function poller(answers: Answer[]) {
  const f = scriptedFetch(answers);
  const states: Array<PollState<TMapEvidence>> = [];
  const p = new EvidencePoller<TMapEvidence>("/api/maps/m/evidence", (s, b) => parseEvidenceAnswer(ZMapEvidence, s, b), (s) => states.push(s), f.fetchFn);
  return { p, f, states };
}

describe("EvidencePoller", () => {
  it("passes on a new answer and stays quiet when the answer did not change", async () => {
    const { p, states } = poller([
      { status: 200, body: body(1) },
      { status: 200, body: body(1) },
      { status: 200, body: body(2) },
    ]);
    await p.load();
    await p.load();
    expect(states).toHaveLength(1);
    expect(states[0]!.data!.scores.tp1!.responses).toBe(1);
    await p.load();
    expect(states).toHaveLength(2);
    expect(states[1]!.data!.scores.tp1!.responses).toBe(2);
  });

  it("keeps the last good data on errors and reports the route's error code", async () => {
    const { p, states } = poller([
      { status: 200, body: body(1) },
      { status: 404, body: JSON.stringify({ error: { code: "MAP_NOT_FOUND", message: "x" } }) },
      { status: 502, body: "<html>" },
      { status: 200, body: JSON.stringify({ scores: { tp1: { csat: "high" } }, kpis: {} }) },
    ]);
    await p.load();
    await p.load();
    expect(p.current).toMatchObject({ error: "MAP_NOT_FOUND", loading: false });
    expect(p.current.data!.scores.tp1!.responses).toBe(1);
    await p.load();
    expect(p.current.error).toBe("HTTP_502");
    await p.load();
    expect(p.current.error).toBe("INVALID_RESPONSE");
    await p.load(); // the script is exhausted: the fetch itself fails
    expect(p.current.error).toBe("NETWORK");
    expect(p.current.data!.scores.tp1!.responses).toBe(1);
    expect(states.at(-1)!.data).toBe(states[0]!.data);
  });

  it("never runs two requests at once, and a load asked for meanwhile runs once afterwards", async () => {
    const { p, f } = poller([
      { status: 200, body: body(1) },
      { status: 200, body: body(2) },
      { status: 200, body: body(3) },
    ]);
    f.holdNextAnswer();
    const first = p.load();
    await Promise.resolve();
    void p.load();
    void p.load();
    expect(f.calls).toHaveLength(1);
    f.release();
    await first;
    // The two loads asked for during the first collapse into one, which saw the newer answer.
    expect(f.calls).toHaveLength(2);
    expect(p.current.data!.scores.tp1!.responses).toBe(2);
  });

  it("reports nothing after it is disposed", async () => {
    const { p, f, states } = poller([{ status: 200, body: body(1) }]);
    f.holdNextAnswer();
    const pending = p.load();
    await Promise.resolve();
    p.dispose();
    f.release();
    await pending;
    expect(states).toHaveLength(0);
    await p.load();
    expect(f.calls).toHaveLength(1);
  });
});
