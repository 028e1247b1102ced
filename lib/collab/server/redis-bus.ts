import "server-only";
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { z } from "zod";
import { logger } from "@/lib/observability/logger";

/** A message and the id of the server that sent it. */
type Handler = (message: Buffer, senderId: string) => void;

/**
 * Redis pub/sub between collaboration servers. Every message carries the sender's id, so
 * a server ignores its own; one connection publishes, another listens (Redis requires it).
 */
export class RedisBus {
  readonly serverId = randomUUID();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Handler>();
  private readonly origin = Buffer.from(this.serverId);
  private readonly reconnectListeners = new Set<() => void>();
  private everReady = false;
  private publishFailures = 0;

  constructor(url: string) {
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    for (const client of [this.pub, this.sub]) client.on("error", (error) => logger.warn({ err: error.message }, "collab: redis"));
    this.sub.on("messageBuffer", (channel: Buffer, message: Buffer) => {
      if (message.length < this.origin.length || message.subarray(0, this.origin.length).equals(this.origin)) return;
      const senderId = message.subarray(0, this.origin.length).toString();
      this.handlers.get(channel.toString())?.(message.subarray(this.origin.length), senderId);
    });
    // Pub/sub keeps nothing for a listener that was away: whoever missed messages must ask again.
    this.sub.on("ready", () => {
      if (this.everReady) for (const listener of this.reconnectListeners) listener();
      this.everReady = true;
    });
  }

  /** Called each time the listening connection is back after a loss (not on the first connect). */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  async subscribe(channel: string, handler: Handler): Promise<void> {
    this.handlers.set(channel, handler);
    await this.sub.subscribe(channel);
  }

  /** Subscribes to JSON messages; those that do not match `schema` are ignored. */
  subscribeJson<S extends z.ZodType>(channel: string, schema: S, handler: (message: z.output<S>) => void): Promise<void> {
    return this.subscribe(channel, (message) => {
      let json: unknown;
      try {
        json = JSON.parse(message.toString());
      } catch {
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) handler(parsed.data);
    });
  }

  /** Publishes a value as JSON. */
  publishJson(channel: string, value: unknown): void {
    this.publish(channel, Buffer.from(JSON.stringify(value)));
  }

  async unsubscribe(channel: string): Promise<void> {
    this.handlers.delete(channel);
    await this.sub.unsubscribe(channel);
  }

  publish(channel: string, message: Uint8Array): void {
    this.pub.publish(channel, Buffer.concat([this.origin, message])).then(
      () => {
        if (this.publishFailures > 0) logger.info({ failed: this.publishFailures }, "collab: redis publishes go through again");
        this.publishFailures = 0;
      },
      (error: Error) => {
        // One line per outage, not one per message.
        if (this.publishFailures++ === 0) logger.warn({ err: error.message }, "collab: redis publish failed");
      },
    );
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}
