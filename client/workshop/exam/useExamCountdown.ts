// The countdown as React state: the watch read four times a second (never per frame), and a
// re-render only when the shown second or the tone changes.
import { useEffect, useState } from 'react';
import { countdownTone, formatCountdown, type CountdownTone } from './examClock';
import type { ExamWatch } from './examWatch';

export interface Countdown {
  remainingMs: number;
  text: string;
  tone: CountdownTone;
}

function read(watch: ExamWatch): Countdown {
  const remainingMs = watch.remainingMs();
  return { remainingMs, text: formatCountdown(remainingMs), tone: countdownTone(remainingMs) };
}

export function useExamCountdown(watch: ExamWatch | undefined): Countdown | undefined {
  const [countdown, setCountdown] = useState(() => (watch ? read(watch) : undefined));
  useEffect(() => {
    if (!watch) return setCountdown(undefined);
    const update = () => setCountdown((shown) => {
      const next = read(watch);
      return shown && shown.text === next.text && shown.tone === next.tone ? shown : next;
    });
    update();
    const timer = window.setInterval(update, 250);
    const unsubscribe = watch.subscribe(update);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [watch]);
  return countdown;
}
