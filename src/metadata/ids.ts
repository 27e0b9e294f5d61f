/**
 * Shapes of the ids in article metadata: support topic and product ids are digits (PES ids) or GUIDs
 * (SAP ids), article ids are GUIDs or readable names. Plain predicates, anchored and linear.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGITS = /^[0-9]+$/;
/** Numbers separated by spaces, semicolons or bars instead of commas (the classes do not overlap: linear). */
const DIGIT_RUNS = /^[0-9]+(?:[\s;|]+[0-9]+)+$/;
/** Five dash-separated groups of letters and digits, 8-4-4-4-12 like a GUID. */
const GUID_SHAPED = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
/** Only hexadecimal digits and dashes, in at least three groups. */
const HEX_GROUPS = /^[0-9a-f]+(?:-[0-9a-f]+){2,}$/i;

/** `6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f`, any case, no braces. */
export const isGuid = (value: string): boolean => GUID.test(value);

export const isDigits = (value: string): boolean => DIGITS.test(value);

/** `32411835 32411836` or `14749;16579`: several ids written without commas. */
export const isDigitsRunTogether = (value: string): boolean => DIGIT_RUNS.test(value);

/**
 * A value that was meant to be a GUID but is not one: the 8-4-4-4-12 shape with a letter beyond `f`
 * (`02cfb5ef-z9b0-…`), or dash-separated hex digits of the wrong length (a truncated or padded GUID).
 * Readable ids (`vm-boot-error`) and GUIDs with a suffix (`…-3e4f_Public`) are not GUID attempts.
 */
export function isBrokenGuid(value: string): boolean {
  if (isGuid(value)) return false;
  if (GUID_SHAPED.test(value)) return true;
  if (!HEX_GROUPS.test(value)) return false;
  const hexDigits = value.length - value.split('-').length + 1;
  return hexDigits >= 20 && hexDigits <= 40;
}
