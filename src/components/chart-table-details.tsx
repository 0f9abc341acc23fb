import { useState, type ReactNode } from 'react';

interface ChartTableDetailsProps {
  summary: ReactNode;
  /** The table: called only while the details are open. */
  children: () => ReactNode;
}

/**
 * A chart's table behind a disclosure, rendered only while it is open. Closed, its rows would still
 * be built and reconciled on every redraw of the chart for no one to see: the national map's 34 rows
 * with their profile links were about a fifth of the React work of each indicator switch. Browsers
 * do not lay out the content of closed details, so nothing visible changes.
 */
export function ChartTableDetails({ summary, children }: ChartTableDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
