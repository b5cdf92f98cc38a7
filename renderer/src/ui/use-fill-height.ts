// The height that lets an element reach the bottom of the window (above the status bar), kept up to date on resize.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Status bar (36 px), the main area's padding (16 px) and a border. */
const BELOW = 54;
const MIN = 240;

export function useFillHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(400);
  useLayoutEffect(() => {
    const measure = (): void => {
      const top = (ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setHeight(Math.max(MIN, Math.floor(window.innerHeight - top - BELOW)));
    };
    measure();
    window.addEventListener('resize', measure);
    // Filters wrapping onto another line move the list down.
    const observer = new ResizeObserver(measure);
    if (ref.current?.parentElement?.parentElement) observer.observe(ref.current.parentElement.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref]);
  return height;
}
