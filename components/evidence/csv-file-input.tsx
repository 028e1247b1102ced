"use client";
import { useId } from "react";
import { downloadFile } from "@/lib/browser/download-file";
import { Label } from "@/components/ui/label";

/** The file chooser of the CSV imports, with its refusal (wrong encoding, too large…) announced. */
export function CsvFileInput({
  label,
  error,
  onFile,
  sample,
}: {
  label: string;
  error: string | null | undefined;
  onFile: (file: File | undefined) => void;
  /** A sample file to start from: its link text, file name and contents (made when clicked). */
  sample?: { label: string; fileName: string; make: () => string };
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
      {sample && (
        <button
          type="button"
          className="justify-self-start text-sm text-primary underline-offset-4 hover:underline"
          onClick={() => downloadFile(new Blob([sample.make()], { type: "text/csv;charset=utf-8" }), sample.fileName)}
        >
          {sample.label}
        </button>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
