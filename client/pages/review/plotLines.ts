// Vertical lines across a review plot at given times (seconds on the x axis): critical errors in
// red (solid), marked moments such as the fire going out (dashed, labelled). Each line sets its
// own dash, so none takes the style of a series drawn before it.
import type uPlot from 'uplot';

export interface Line {
  x: number;
  colour: string;
  dash: number[];
  label?: string;
}

export const criticalColour = '#d92d20';

/** The attempt's critical errors (t in ms) as solid red lines. */
export function criticalLines(times: readonly number[]): Line[] {
  return times.map((ms) => ({ x: ms / 1000, colour: criticalColour, dash: [] }));
}

export function verticalLines(lines: readonly Line[]): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
        for (const line of lines) {
          const x = u.valToPos(line.x, 'x', true);
          if (x < bbox.left || x > bbox.left + bbox.width) continue;
          ctx.strokeStyle = line.colour;
          ctx.setLineDash(line.dash.map((d) => d * devicePixelRatio));
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
          if (line.label) {
            ctx.fillStyle = line.colour;
            ctx.fillText(line.label, x + 4 * devicePixelRatio, bbox.top + 14 * devicePixelRatio);
          }
        }
        ctx.restore();
      },
    },
  };
}

