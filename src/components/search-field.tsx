import { useId } from 'react';

interface SearchFieldProps {
  label: string;
  value: string;
  placeholder?: string;
  onChange(value: string): void;
}

/** A labelled search box, as the filter rows of the Sources, Clusters and Data views use it. */
export function SearchField({ label, value, placeholder, onChange }: SearchFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
