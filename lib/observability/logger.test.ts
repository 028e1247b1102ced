import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { logger } from "./logger";

describe("the log", () => {
  it("writes errors without a failed query's parameters", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const child = pino({ serializers: (logger as unknown as { [k: symbol]: unknown })[pino.symbols.serializersSym] as pino.LoggerOptions["serializers"] }, sink);
    const error = Object.assign(new Error('Failed query: insert into "map_comments" values ($1)\nparams: ann@example.com,secret text'), {
      query: 'insert into "map_comments" values ($1)',
      params: ["ann@example.com", "secret text"],
    });
    child.error({ err: error }, "could not store");
    expect(lines.join("")).toContain("Failed query");
    expect(lines.join("")).not.toContain("ann@example.com");
    expect(lines.join("")).not.toContain("secret text");
  });
});
