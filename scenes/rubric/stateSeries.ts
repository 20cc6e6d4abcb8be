// A scene's own state over the attempt, for review plots: a value with no tolerance band (the
// fire's intensity, say), computed by the scene's scoring fold from the stored log, with labelled
// moments marked on it (the moment the fire went out). Optional: a scene without one gives none.
import type { LocalizedText } from '../protocol/rest';

/** A moment marked on a state plot (ms since session start). */
export interface StateMarker {
  readonly t: number;
  readonly label: LocalizedText;
}

/** One state value over the attempt: parallel arrays, t in ms non-decreasing. */
export interface StateSeries {
  readonly id: string;
  readonly label: LocalizedText;
  /** Unit of the value, as shown on the plot's axis ('%', 'm', or '' for none). */
  readonly unit: string;
  /** The value axis' fixed range, when the value has one (e.g. 0–100 %). */
  readonly range?: { readonly min: number; readonly max: number };
  readonly t: number[];
  readonly value: number[];
  readonly markers: StateMarker[];
}
