"use client";
import { useId } from "react";
import { Label } from "@/components/ui/label";

/** The file chooser of the CSV imports, with its refusal (wrong encoding, too large…) announced. */
export function CsvFileInput({
  label,
  error,
  onFile,
}: {
  label: string;
  error: string | null | undefined;
  onFile: (file: File | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onFile(e.target.files?.[0])}
        className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-background file:px-3 file:py-1.5 file:text-sm"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
