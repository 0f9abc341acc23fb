import { useState, type ReactNode } from 'react';

interface LazyDetailsProps {
  summary: ReactNode;
  className: string;
  /** The content: called only while the details are open. */
  children: () => ReactNode;
}

/**
 * A disclosure whose content is rendered only while it is open. Closed, a chart's table would still
 * be built and reconciled on every redraw of the chart for no one to see: the national map's 34 rows
 * with their profile links were about a fifth of the React work of each indicator switch. Browsers
 * do not lay out the content of closed details, so nothing visible changes.
 */
export function LazyDetails({ summary, className, children }: LazyDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
