import type { ReactNode } from 'react';

/**
 * The frame the check report's proposals share (new indicators, new tiers): a heading, what the
 * user already accepted for this file, and one form per open proposal.
 */
export function ProposalSection(props: {
  className: string;
  heading: string;
  added: string;
  children: ReactNode;
}) {
  return (
    <section className={props.className} aria-label={props.heading}>
      <h3>{props.heading}</h3>
      {props.added ? <p role="status">{props.added}</p> : null}
      {props.children}
    </section>
  );
}

/** A proposal form's error, if any, and its accept button. */
export function ProposalAccept({
  error,
  label,
  onAccept,
}: {
  error: string;
  label: string;
  onAccept(): void;
}) {
  return (
    <>
      {error ? (
        <p className="status error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="primary" onClick={onAccept}>
        {label}
      </button>
    </>
  );
}
