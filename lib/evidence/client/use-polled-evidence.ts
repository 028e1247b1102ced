"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { EvidencePoller, type PollState } from "./evidence-poller";
import { parseEvidenceAnswer } from "./evidence-schemas";

/** How often open maps and panels ask for fresh evidence while the tab is visible. */
export const EVIDENCE_POLL_MS = 5000;

/**
 * Keeps the answer of one evidence URL fresh: loads on mount, every EVIDENCE_POLL_MS
 * while the tab is visible, when the tab becomes visible again and when the window gets
 * focus — so a customer's answer shows up on an open map within seconds, and a
 * background tab costs nothing. `refresh` loads at once (after one's own edit).
 * `url` null loads nothing.
 */
export function usePolledEvidence<T>(url: string | null, schema: z.ZodType<T>) {
  const [state, setState] = useState<PollState<T> & { url: string | null }>({ url, data: null, error: null, loading: url !== null });
  const poller = useRef<EvidencePoller<T> | null>(null);

  useEffect(() => {
    if (!url) return;
    const p = new EvidencePoller<T>(url, (status, body) => parseEvidenceAnswer(schema, status, body), (next) => setState({ url, ...next }));
    poller.current = p;
    const visible = () => document.visibilityState === "visible";
    const tick = window.setInterval(() => visible() && void p.load(), EVIDENCE_POLL_MS);
    const onFocus = () => void p.load();
    const onVisibility = () => visible() && void p.load();
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisibility);
    void p.load();
    return () => {
      window.clearInterval(tick);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisibility);
      p.dispose();
      if (poller.current === p) poller.current = null;
    };
  }, [url, schema]);

  const refresh = useCallback(() => void poller.current?.load(), []);
  // Until the first answer for a new URL arrives, the old URL's data is not shown.
  const current = state.url === url ? state : { data: null, error: null, loading: url !== null };
  return { data: current.data, error: current.error, loading: current.loading, refresh };
}
