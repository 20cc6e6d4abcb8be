// A React wrapper around uPlot (small, fast canvas charts): created once per options object,
// fed new data without re-creating, resized with its container, destroyed on unmount.
// Every chart carries an accessible name and a text summary for screen readers.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UPlotChartProps {
  /** Built once per chart (memoise it): everything but width, which follows the container. */
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  /** The chart's accessible name (aria-label of the figure). */
  label: string;
  /** A short text alternative: what the chart shows in numbers. */
  summary?: string;
  testId?: string;
  className?: string;
  /** Called with the created plot (e.g. to draw markers); again with null on destroy. */
  onCreate?: (plot: uPlot | null) => void;
}

export function UPlotChart({ options, data, label, summary, testId, className, onCreate }: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latestData = useRef(data);
  latestData.current = data;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(240, Math.floor(element.clientWidth));
    const created = new uPlot({ ...options, width }, latestData.current, element);
    plot.current = created;
    onCreate?.(created);
    const observer = new ResizeObserver(() => {
      const next = Math.max(240, Math.floor(element.clientWidth));
      if (next !== created.width) created.setSize({ width: next, height: options.height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      onCreate?.(null);
      created.destroy();
      plot.current = null;
    };
    // onCreate is read once per created plot on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return (
    <figure className={`chart ${className ?? ''}`} aria-label={label} data-testid={testId}>
      <div ref={host} className="chart-canvas" />
      {summary && <figcaption className="visually-hidden">{summary}</figcaption>}
    </figure>
  );
}
