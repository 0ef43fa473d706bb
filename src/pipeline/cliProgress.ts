import { SingleBar } from "cli-progress";
import type { RunProgress } from "./run";

const LABELS: Record<RunProgress["stage"], string> = { reading: "Reading   ", extracting: "Extracting" };

/**
 * A progress bar on stderr for runs long enough to need one; nothing at all when stderr
 * is not a terminal (CI logs, pipes, tests), so output stays one line per warning.
 */
export class ProgressBar {
  private bar: SingleBar | null = null;
  private stage: RunProgress["stage"] | null = null;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update({ stage, done, total }: RunProgress): void {
    if (!this.stream.isTTY || total < 50) return;
    if (stage !== this.stage) {
      this.bar?.stop();
      this.bar = new SingleBar({
        stream: this.stream,
        format: `${LABELS[stage]} [{bar}] {value}/{total} {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
      });
      this.bar.start(total, done);
      this.stage = stage;
    }
    this.bar?.update(done);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
