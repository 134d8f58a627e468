/**
 * The font stack every chart's SVG names: the bundled Noto faces first (embedded on export), then
 * the system's, so a file opened alone still finds a face for each script.
 */
export const CHART_FONT = "'Noto Sans', 'Noto Sans Bengali', 'Noto Sans Devanagari', system-ui, sans-serif";

/** The inline style a standalone chart carries for its text (a file opened alone has no stylesheet). */
export const CHART_TEXT_STYLE = `text{font-family:${CHART_FONT};fill:#1a1a1a}.muted{fill:#555}`;
