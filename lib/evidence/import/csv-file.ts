import Papa from "papaparse";
import type { CsvField } from "../feedback/schemas";
import { decodeCsvBytes, type DecodedCsv } from "./decode-csv-bytes";

export type ParsedCsv = { encoding: DecodedCsv["encoding"]; headers: string[]; rows: string[][] };
export type ColumnMapping = Partial<Record<CsvField, number>>;
export type MappedRow = Partial<Record<CsvField, string>>;

/**
 * Reads a CSV file: decodes it (see decode-csv-bytes), lets papaparse find the
 * delimiter (comma or the semicolon Dutch Excel writes), takes the first row as
 * headers and drops blank lines.
 */
export function parseCsvBytes(bytes: Uint8Array): ParsedCsv {
  const { text, encoding } = decodeCsvBytes(bytes);
  const result = Papa.parse<string[]>(text, { skipEmptyLines: "greedy", delimitersToGuess: [",", ";", "\t", "|"] });
  const [headers = [], ...rows] = result.data;
  return { encoding, headers: headers.map((h) => h.trim()), rows };
}

/** Header names people use for each field, English and Dutch, compared without case, spaces or punctuation. */
const SYNONYMS: Record<CsvField, string[]> = {
  touchpoint: ["touchpoint", "touchpointid", "touchpointname", "contactmoment", "touchpoint_id"],
  csat: ["csat", "satisfaction", "tevredenheid", "csatscore"],
  nps: ["nps", "npsscore", "recommend", "aanbevelen"],
  ces: ["ces", "effort", "cesscore", "moeite", "gemak"],
  comment: ["comment", "comments", "opmerking", "opmerkingen", "toelichting", "feedback", "text"],
  channel: ["channel", "kanaal"],
  respondent: ["respondent", "email", "emailaddress", "e-mail", "customer", "customerid", "customernumber", "klantnummer", "klant", "emailadres"],
  responded_at: ["respondedat", "date", "datum", "time", "timestamp", "tijdstip", "datetime", "submittedat", "createdat"],
};
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A first guess at which column holds which field, for the user to correct. */
export function guessColumnMapping(headers: string[]): ColumnMapping {
  return guessColumns(headers, SYNONYMS);
}

/**
 * For any import's fields: the first unused column whose header squashes to one of the
 * field's synonyms, fields taken in the order `synonyms` lists them.
 */
export function guessColumns<F extends string>(headers: string[], synonyms: Record<F, string[]>): Partial<Record<F, number>> {
  const mapping: Partial<Record<F, number>> = {};
  const used = new Set<number>();
  for (const field of Object.keys(synonyms) as F[]) {
    const names = synonyms[field].map(squash);
    const index = headers.findIndex((h, i) => !used.has(i) && names.includes(squash(h)));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Rows as field → text by the chosen mapping; unmapped fields are left out. */
export function applyColumnMapping<F extends string = CsvField>(rows: string[][], mapping: Partial<Record<F, number>>): Array<Partial<Record<F, string>>> {
  const entries = Object.entries(mapping).filter((e): e is [F, number] => typeof e[1] === "number");
  return rows.map((row) => {
    const out: Partial<Record<F, string>> = {};
    for (const [field, index] of entries) out[field] = row[index] ?? "";
    return out;
  });
}

/** Rows per request: small enough for a quick request, few enough requests for 100,000 rows. */
export const IMPORT_CHUNK_ROWS = 5000;
