/**
 * Reads a byte stream into one buffer, reporting progress as it goes (throttled: a
 * progress message per network chunk would flood the page). The bytes are decoded once,
 * by the worker: measured in Chromium on a 38 MB file, that is faster than decoding chunk
 * by chunk.
 */
export async function readBytes(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: (done: number, total: number | null) => void,
  intervalMs = 50,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  let last = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    chunks.push(chunk.value);
    done += chunk.value.byteLength;
    const now = performance.now();
    if (now - last > intervalMs) {
      last = now;
      // A compressed response's Content-Length counts compressed bytes: never report past it.
      onProgress(total === null ? done : Math.min(done, total), total);
    }
  }
  onProgress(done, total ?? done);
  const bytes = new Uint8Array(done);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
