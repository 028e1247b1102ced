"use client";
import { createContext, startTransition, useContext, useEffect, useMemo, useRef, useState } from "react";

/**
 * Big maps render only the cells near the screen: a 1,000-card map would otherwise build
 * tens of thousands of DOM nodes before anyone sees the first card. Small maps (the usual
 * case) render everything, so the browser's find-in-page and every card stay in the DOM.
 */
export const RENDER_ALL_UP_TO_CARDS = 300;

// How far beyond the visible area cells are already rendered, so scrolling rarely shows an
// empty cell. `scrollMargin` widens the grid's own (sideways) scroll box the same way.
const ROOT_MARGIN = "800px 0px";
const SCROLL_MARGIN = "0px 900px";

type Watch = (el: Element, onChange: (near: boolean, height: number) => void) => () => void;
const CellVisibility = createContext<Watch | null>(null);

/** One IntersectionObserver for every cell of the grid; `null` when the map renders whole. */
export function CellVisibilityProvider({ enabled, children }: { enabled: boolean; children: React.ReactNode }) {
  const callbacks = useRef(new Map<Element, (near: boolean, height: number) => void>());
  const observer = useMemo(() => {
    if (!enabled || typeof IntersectionObserver === "undefined") return null;
    return new IntersectionObserver(
      (entries) => {
        // The entry carries the cell's box as the observer measured it: no layout is forced here.
        for (const entry of entries) callbacks.current.get(entry.target)?.(entry.isIntersecting, entry.boundingClientRect.height);
      },
      { rootMargin: ROOT_MARGIN, scrollMargin: SCROLL_MARGIN } as IntersectionObserverInit,
    );
  }, [enabled]);
  useEffect(() => () => observer?.disconnect(), [observer]);
  const watch = useMemo<Watch | null>(
    () =>
      observer &&
      ((el, onChange) => {
        callbacks.current.set(el, onChange);
        observer.observe(el);
        return () => {
          callbacks.current.delete(el);
          observer.unobserve(el);
        };
      }),
    [observer],
  );
  return <CellVisibility.Provider value={watch}>{children}</CellVisibility.Provider>;
}

/**
 * Whether a cell should render its cards, and the height to hold while it does not (the
 * last measured one, so scrolling back does not make rows jump). A cell holding focus
 * stays rendered, so a card being typed in is never unmounted.
 */
export function useCellNearScreen(ref: React.RefObject<HTMLElement | null>, estimate: number): { near: boolean; height: number } {
  const watch = useContext(CellVisibility);
  const [near, setNear] = useState(watch === null);
  const measured = useRef<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!watch || !el) {
      setNear(true);
      return;
    }
    return watch(el, (isNear, height) => {
      if (!isNear) {
        if (el.contains(document.activeElement)) return;
        // Measured when the observer computed intersections, not by a fresh layout per cell,
        // which a fast scroll past hundreds of cells turned into one long task.
        if (height > 0) measured.current = height;
      }
      // A transition: React renders the cells coming into view in slices, between frames,
      // so scrolling a big map never waits for a whole batch of cells at once.
      startTransition(() => setNear(isNear));
    });
  }, [watch, ref]);
  return { near, height: measured.current ?? estimate };
}
