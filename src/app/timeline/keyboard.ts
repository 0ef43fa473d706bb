/**
 * Keys of the focused timeline: ← → pan, ↑ ↓ scroll the lanes, + and − zoom, 0 or Home fits everything,
 * [ and ] step through events. (Escape, like n and p, is the detail panel's, page-wide.)
 */
export type KeyAction =
  | { type: "pan"; fraction: number }
  | { type: "zoom"; factor: number }
  | { type: "fit" }
  | { type: "step"; direction: 1 | -1 }
  | { type: "scroll"; lanes: 1 | -1 };

export function keyAction(key: string, shiftKey: boolean, zoomStep: number, panStep: number): KeyAction | null {
  const pan = shiftKey ? panStep * 5 : panStep;
  switch (key) {
    case "ArrowLeft":
      return { type: "pan", fraction: -pan };
    case "ArrowRight":
      return { type: "pan", fraction: pan };
    case "ArrowUp":
      return { type: "scroll", lanes: -1 };
    case "ArrowDown":
      return { type: "scroll", lanes: 1 };
    case "+":
    case "=":
      return { type: "zoom", factor: zoomStep };
    case "-":
    case "_":
      return { type: "zoom", factor: 1 / zoomStep };
    case "0":
    case "Home":
      return { type: "fit" };
    case "[":
      return { type: "step", direction: -1 };
    case "]":
      return { type: "step", direction: 1 };
    default:
      return null;
  }
}
