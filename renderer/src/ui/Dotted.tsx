// Joins the parts of a one-line summary with " · ", leaving out empty ones (no stray dots for a missing birth date).
import { Fragment, type ReactNode } from 'react';

/** The parts that are not empty, separated by a middle dot. */
export function Dotted({ parts }: { parts: ReactNode[] }) {
  const shown = parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '');
  return (
    <>
      {shown.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          {p}
        </Fragment>
      ))}
    </>
  );
}
