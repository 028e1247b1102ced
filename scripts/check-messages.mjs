// Fails when the English and Dutch catalogues do not have the same keys.
import { readFileSync } from "node:fs";
const flat = (o, p = "") => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? flat(v, `${p}${k}.`) : [`${p}${k}`]));
const en = new Set(flat(JSON.parse(readFileSync("messages/en.json", "utf8"))));
const nl = new Set(flat(JSON.parse(readFileSync("messages/nl.json", "utf8"))));
const missing = [...en].filter((k) => !nl.has(k)).map((k) => `nl lacks ${k}`).concat([...nl].filter((k) => !en.has(k)).map((k) => `en lacks ${k}`));
if (missing.length) { console.error(missing.join("\n")); process.exit(1); }
