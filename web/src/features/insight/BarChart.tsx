// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';

export interface Bar {
  label: string;
  /** Null when the figure is hidden to protect small counts. */
  value: number | null;
}

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 300;
const CHART_WIDTH = 720;

/**
 * A horizontal bar chart of published figures. It repeats what the table beside it says, so the
 * drawing is hidden from assistive technology and the figure's caption points to the table;
 * bars carry their number as text, so nothing depends on reading lengths or colour. Hand-drawn
 * SVG: a few rectangles do not justify a charting library in the bundle.
 */
export function BarChart({ bars, caption }: { bars: readonly Bar[]; caption: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const height = bars.length * (BAR_HEIGHT + GAP);
  const scale = (CHART_WIDTH - LABEL_WIDTH - 60) / max;
  return (
    <figure className="bar-chart">
      <figcaption>{caption}</figcaption>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${CHART_WIDTH} ${Math.max(height, BAR_HEIGHT)}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          const width = bar.value === null ? 0 : Math.max(bar.value * scale, bar.value > 0 ? 2 : 0);
          return (
            <g key={`${bar.label}-${index}`}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + BAR_HEIGHT * 0.7}
                textAnchor="end"
                className="bar-chart__label"
              >
                {bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={width}
                height={BAR_HEIGHT}
                className="bar-chart__bar"
              />
              <text
                x={LABEL_WIDTH + width + 6}
                y={y + BAR_HEIGHT * 0.7}
                className="bar-chart__value"
              >
                {bar.value === null ? t('insight.hiddenShort') : bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
