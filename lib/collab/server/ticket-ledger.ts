import { COLLAB_TOKEN_TTL_MS } from "./collab-token";

/**
 * Remembers the tokens that opened a socket until they expire, so each one opens one
 * socket only: a token copied from a URL or a log is worthless once used. Per process —
 * with several servers, routing sends a map's sockets (and so its tokens) to one of them.
 */
export class TicketLedger {
  private readonly used = new Map<string, number>();

  /** True the first time a token id is presented before `exp`, false ever after. */
  consume(jti: string, exp: number, now = Date.now()): boolean {
    if (this.used.size > 1000) this.sweep(now);
    if (this.used.has(jti) || exp <= now) return false;
    this.used.set(jti, exp);
    return true;
  }

  private sweep(now: number): void {
    for (const [jti, exp] of this.used) if (exp <= now - COLLAB_TOKEN_TTL_MS) this.used.delete(jti);
  }
}
