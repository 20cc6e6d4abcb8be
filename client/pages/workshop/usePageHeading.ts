// The full-screen 3D pages (workshop, replay) have no Layout: they name the browser tab after
// the scene in the UI language and put focus on their heading when they open, so a screen
// reader starts there instead of on <body>.
import { useEffect, useRef } from 'react';

export function usePageHeading(documentTitle: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [documentTitle]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return heading;
}
