/**
 * What a flagged figure contradicts, one item a line ("江苏 · 工业增加值 · 2022年：4.859万亿元"),
 * so a contradiction is read, not just noticed.
 */
export function ConflictList({ items, label }: { items: readonly string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <span className="conflict-with">
      <span className="conflict-with-label">{label}</span>
      {items.map((item) => (
        <span key={item} className="conflict-item">
          {item}
        </span>
      ))}
    </span>
  );
}
