// What the sidebar's rows measure in a real layout: how tall a row is and how many fit on
// one screen, and how many carry an alert, counted over the rows drawn.

export interface RowMetrics {
  rows: number;
  /** Median row height in CSS pixels, without an expanded row's open items. */
  medianHeight: number;
  /** Rows that fit, at that height, in the list's visible height. */
  perScreen: number;
  /** The list's height on screen: from its top to the bottom of the window (1000 px tall). */
  screenHeight: number;
  withAlerts: number;
  withRedAlerts: number;
}

export function rowMetrics(): RowMetrics {
  const rows = Array.from(document.querySelectorAll<HTMLElement>(".office-hours-row"));
  const heights = rows
    .filter((row) => row.querySelector(".office-hours-open-items") === null)
    .map((row) => row.getBoundingClientRect().height)
    .sort((a, b) => a - b);
  const medianHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  // The stand-in workspace does not scroll the list: it grows with the rows, so the
  // screen is the window's height below the list's top, as in a sidebar that fills it.
  const list = document.querySelector<HTMLElement>(".office-hours-list");
  const screenHeight = list ? Math.max(0, window.innerHeight - list.getBoundingClientRect().top) : 0;
  return {
    rows: rows.length,
    medianHeight: Math.round(medianHeight * 10) / 10,
    perScreen: medianHeight > 0 ? Math.floor(screenHeight / medianHeight) : 0,
    screenHeight: Math.round(screenHeight),
    withAlerts: rows.filter((row) => row.querySelector(".office-hours-alert") !== null).length,
    withRedAlerts: rows.filter((row) => row.querySelector(".office-hours-alert.is-late") !== null).length,
  };
}
