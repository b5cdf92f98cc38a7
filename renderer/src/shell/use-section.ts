// The current route (kept in the URL hash so a reload stays put), Alt+1..7 to jump between sections, Alt+N for intake.
import { useEffect } from 'react';
import { hrefTo, navigate, parseRoute, useRoute, type Route } from '../nav/route.ts';
import { hrefOf, SECTIONS, type Section } from './sections.ts';

/** Sent on the window when Alt+N is pressed inside the intake flow. */
export const NEW_INTAKE_EVENT = 'puskesos:new-intake';

/** `newIntake`: whether Alt+N may open the intake flow (only for roles that change the register). */
export function useSection(newIntake: boolean): [Route, (s: Section) => void] {
  const route = useRoute();

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const digit = /^Digit([1-7])$/.exec(e.code)?.[1];
      const target = digit ? SECTIONS[Number(digit) - 1] : undefined;
      if (target) {
        e.preventDefault();
        navigate(hrefOf(target));
      } else if (e.code === 'KeyN' && newIntake) {
        e.preventDefault();
        // Already in the intake: start it over for the next walk-in.
        if (parseRoute(window.location.hash).parts[0] === 'baru')
          window.dispatchEvent(new Event(NEW_INTAKE_EVENT));
        else navigate(hrefTo('layanan', ['baru']));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newIntake]);

  return [route, (s: Section) => navigate(hrefOf(s))];
}
