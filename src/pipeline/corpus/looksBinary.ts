/** How much of a file is inspected; binary formats show themselves in the first kilobytes. */
const SAMPLE_BYTES = 8192;
/** Text has tabs and line breaks but almost no other C0 control characters. */
const MAX_CONTROL_RATIO = 0.1;

/**
 * Whether bytes are a binary file rather than text: a NUL byte, or many control
 * characters, in the first 8 KiB. Call it only for files without a UTF-16 byte order
 * mark, where NUL bytes are legitimate.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO;
}
