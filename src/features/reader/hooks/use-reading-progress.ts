import { useEffect, useState, type RefObject } from 'react';

/**
 * How far, in whole percent, the reader has scrolled through `target`: 0 at the top of
 * the page, 100 once the end of `target` is in view (at once when all of it fits).
 * Measured at most once per frame, on scroll, resize and whenever `target` changes size
 * (images arriving, a new font size).
 */
export function useReadingProgress(target: RefObject<HTMLElement | null>): number {
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const end = element.getBoundingClientRect().bottom + window.scrollY - window.innerHeight;
      const ratio = end <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / end));
      setPercent(Math.round(ratio * 100));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, [target]);

  return percent;
}
