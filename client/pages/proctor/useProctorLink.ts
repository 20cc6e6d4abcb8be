// One /proctor link and its store for a page, closed when the page goes; the store's clock
// ticks once a second (remaining time, offline time and time-based alerts move on without pushes).
import { useEffect, useState } from 'react';
import { createProctorStore, tick, type ProctorStore } from './proctorStore';
import { ProctorLink } from './proctorLink';

export const clockTickMs = 1_000;

export function useProctorLink(examId: string): { store: ProctorStore; link: ProctorLink | null } {
  const [store] = useState(() => createProctorStore(examId));
  const [link, setLink] = useState<ProctorLink | null>(null);
  useEffect(() => {
    const opened = new ProctorLink(examId, store);
    setLink(opened);
    const timer = setInterval(() => tick(store, Date.now()), clockTickMs);
    return () => {
      clearInterval(timer);
      opened.close();
      setLink(null);
    };
  }, [examId, store]);
  return { store, link };
}
