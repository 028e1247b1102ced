"use client";
import { X } from "lucide-react";
import { Button } from "./button";

export type FilterChip = { key: string; label: string };

/**
 * What a page is filtered on now, each filter removable on its own and all at once with
 * Reset: the row under the dashboards' and the opportunity matrix's filters.
 */
export function FilterChips({
  chips,
  onRemove,
  onReset,
  labels,
}: {
  chips: FilterChip[];
  onRemove: (key: string) => void;
  onReset: () => void;
  labels: { list: string; remove: (name: string) => string; reset: string };
}) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={labels.list} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="inline-flex items-center gap-1 rounded-full border border-border bg-muted/60 py-0.5 pl-3 pr-1 text-xs">
            {chip.label}
            <button
              type="button"
              aria-label={labels.remove(chip.label)}
              className="rounded-full p-0.5 hover:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              onClick={() => onRemove(chip.key)}
            >
              <X className="size-3.5" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <Button type="button" variant="ghost" size="sm" onClick={onReset}>
        {labels.reset}
      </Button>
    </div>
  );
}
