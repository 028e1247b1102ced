import type { EvidenceResult } from "./evidence-schemas";

export type PollState<T> = { data: T | null; error: string | null; loading: boolean };
type Fetch = (url: string, init: RequestInit) => Promise<Pick<Response, "ok" | "status" | "text">>;

/**
 * Loads one evidence URL again and again without piling requests up: a load asked for
 * while one is in flight runs once right after it (so a refresh after an edit always
 * sees the edit), and an answer identical to the last one is not passed on, so the
 * map's cards do not re-render every few seconds for nothing. Errors keep the last
 * good data: a brief network failure leaves the scores on screen.
 */
export class EvidencePoller<T> {
  private state: PollState<T> = { data: null, error: null, loading: true };
  private lastBody: string | null = null;
  private inFlight: AbortController | null = null;
  private queued = false;
  private disposed = false;

  constructor(
    private readonly url: string,
    private readonly parse: (status: number, body: unknown) => EvidenceResult<T>,
    private readonly onChange: (state: PollState<T>) => void,
    private readonly fetchFn: Fetch = (url, init) => fetch(url, init),
  ) {}

  get current(): PollState<T> {
    return this.state;
  }

  /** Loads now, or right after the load in flight. Resolves when this poller is idle again. */
  async load(): Promise<void> {
    if (this.disposed) return;
    if (this.inFlight) {
      this.queued = true;
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const res = await this.fetchFn(this.url, { cache: "no-store", signal: controller.signal, headers: { accept: "application/json" } });
      const text = await res.text();
      if (this.disposed) return;
      if (res.ok && text === this.lastBody) {
        this.set({ ...this.state, error: null, loading: false });
      } else {
        const result = this.parse(res.status, safeJson(text));
        if (result.ok) {
          this.lastBody = text;
          this.set({ data: result.data, error: null, loading: false });
        } else {
          this.set({ ...this.state, error: result.error, loading: false });
        }
      }
    } catch {
      if (!this.disposed) this.set({ ...this.state, error: "NETWORK", loading: false });
    } finally {
      this.inFlight = null;
      if (this.queued && !this.disposed) {
        this.queued = false;
        await this.load();
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.inFlight?.abort();
  }

  private set(next: PollState<T>) {
    const prev = this.state;
    if (prev.data === next.data && prev.error === next.error && prev.loading === next.loading) return;
    this.state = next;
    this.onChange(next);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
