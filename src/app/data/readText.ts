/**
 * Reads a byte stream into text, reporting progress as it goes (throttled: a progress
 * message per network chunk would flood the page).
 */
export async function readText(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: (done: number, total: number | null) => void,
  intervalMs = 50,
): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let last = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    const now = performance.now();
    if (now - last > intervalMs) {
      last = now;
      // A compressed response's Content-Length counts compressed bytes: never report past it.
      onProgress(total === null ? done : Math.min(done, total), total);
    }
  }
  parts.push(decoder.decode());
  onProgress(total ?? done, total ?? done);
  return parts.join("");
}
