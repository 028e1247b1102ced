/**
 * The time zones a workspace can choose: the IANA zones this runtime's Intl knows, plus
 * UTC (which some runtimes leave out of the list although every one accepts it). The
 * settings page offers exactly this list and the server accepts nothing else.
 */
let cached: readonly string[] | null = null;

export function supportedTimeZones(): readonly string[] {
  cached ??= [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
  return cached;
}

export function isSupportedTimeZone(value: string): boolean {
  return supportedTimeZones().includes(value);
}
