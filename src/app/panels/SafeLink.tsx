import type { ReactNode } from "react";
import { safeHttpUrl } from "../format/safeHttpUrl";
import { FOCUS_RING } from "./classNames";

/** A link to an outside page, only for http(s) URLs; anything else renders as plain text. */
export function SafeLink({ url, children, className = "" }: { url: string | null | undefined; children: ReactNode; className?: string }) {
  const href = safeHttpUrl(url);
  if (!href) return <span className={className}>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`text-sky-700 underline underline-offset-2 hover:text-sky-900 dark:text-sky-300 dark:hover:text-sky-200 ${FOCUS_RING} ${className}`}
    >
      {children}
    </a>
  );
}
