export interface RegionToggleProps {
  code: string;
  name: string;
  selected: boolean;
  /** What pressing it does, e.g. "选中/取消选中 广东". */
  title: string;
  onToggle(code: string): void;
}

/**
 * A region's name in a table as a toggle button: selecting it by keyboard or mouse adds it to the
 * selection every view shares.
 */
export function RegionToggle({ code, name, selected, title, onToggle }: RegionToggleProps) {
  return (
    <button
      type="button"
      className="region-toggle"
      aria-pressed={selected}
      title={title}
      onClick={() => onToggle(code)}
    >
      {name}
    </button>
  );
}
