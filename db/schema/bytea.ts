import { customType } from "drizzle-orm/pg-core";

/** Binary Yjs state and updates. PGlite and postgres-js both hand back byte arrays. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => new Uint8Array(value),
});
