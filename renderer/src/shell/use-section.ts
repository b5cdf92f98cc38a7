// The current section, kept in the URL hash so a reload stays put, plus Alt+1..7 to jump between sections.
import { useEffect, useState } from 'react';
import { hrefOf, SECTIONS, sectionFromHash, type Section } from './sections.ts';

export function useSection(): [Section, (s: Section) => void] {
  const [section, setSection] = useState<Section>(() => sectionFromHash(window.location.hash));

  useEffect(() => {
    const onHash = (): void => setSection(sectionFromHash(window.location.hash));
    const onKey = (e: KeyboardEvent): void => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const digit = /^Digit([1-7])$/.exec(e.code)?.[1];
      const target = digit ? SECTIONS[Number(digit) - 1] : undefined;
      if (target) {
        e.preventDefault();
        window.location.hash = hrefOf(target);
      }
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const go = (s: Section): void => {
    window.location.hash = hrefOf(s);
  };
  return [section, go];
}
