import { useEffect, useRef, useState } from "react";
import { useAppStore } from "../store";
import { absoluteUrl } from "../url/browserHistory";
import { formatHash } from "../url/hashCodec";
import { viewOf } from "../url/urlSync";
import { BUTTON, FIELD } from "./classNames";

const COPIED_MS = 2000;

type CopyState = { state: "idle" } | { state: "copied" } | { state: "manual"; url: string };

/**
 * Copies the absolute link to this event and the current view (window, filters). When
 * the clipboard is not available (permissions, insecure page) it shows the link, selected,
 * for the user to copy.
 */
export function CopyLinkButton() {
  const [copy, setCopy] = useState<CopyState>({ state: "idle" });
  const manualField = useRef<HTMLInputElement>(null);
  const local = useAppStore((s) => s.load.state === "ready" && s.load.local);

  useEffect(() => {
    if (copy.state === "copied") {
      const timer = setTimeout(() => setCopy({ state: "idle" }), COPIED_MS);
      return () => clearTimeout(timer);
    }
    if (copy.state === "manual") manualField.current?.select();
  }, [copy]);

  const onClick = async () => {
    const url = absoluteUrl(formatHash(viewOf(useAppStore.getState())));
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ state: "copied" });
    } catch {
      setCopy({ state: "manual", url });
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <button type="button" className={BUTTON} onClick={onClick}>
          Copy link
        </button>
        <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {copy.state === "copied" ? "Copied" : ""}
        </span>
      </div>
      {local && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The file is on this computer: the link opens this event only here, until the page is reloaded.
        </p>
      )}
      {copy.state === "manual" && (
        <label className="flex flex-col gap-1 text-xs">
          Copy this link:
          <input ref={manualField} readOnly value={copy.url} className={FIELD} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
