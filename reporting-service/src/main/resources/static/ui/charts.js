// Hand-drawn SVG charts. Drawn in left-to-right coordinates and mirrored when the page reads
// right to left, so bars grow from the side where the reader starts. Text anchors at "start",
// which SVG resolves against the inherited direction (right edge in Arabic, left in French).
import { h, s } from './dom.js';
import { isRtl, integer } from './i18n.js';

const WIDTH = 400;
const PAD = 4;
const ROW = 42;

export const COLORS = {
  women: '#b5336b',
  men: '#1f5fa8',
  unspecified: '#8a8f98',
  primary: '#006233',
  accent: '#c1272d',
  muted: '#c9d3cc',
};

/** x of a shape starting at {@code offset} from the reading start, with this width. */
function x(offset, width) {
  return isRtl() ? WIDTH - offset - width : offset;
}

/** x of a text anchored at "start" that begins {@code offset} from the reading start. */
function textX(offset) {
  return isRtl() ? WIDTH - offset : offset;
}

/**
 * One horizontal bar per row: {label, value, color?, title?}. {@code format} writes the values;
 * {@code valueTestId(row, i)} may name the value texts for tests.
 */
export function barChart(rows, { format = integer, max, label, valueTestId } = {}) {
  const top = max || Math.max(1, ...rows.map(row => Number(row.value) || 0));
  const barRoom = WIDTH - 2 * PAD - 70;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${rows.length * ROW + 4}`, class: 'chart', role: 'img',
    'aria-label': label || '' });
  rows.forEach((row, i) => {
    const y = i * ROW;
    const width = Math.max(row.value > 0 ? 2 : 0, (Number(row.value) || 0) / top * barRoom);
    svg.appendChild(s('text', { x: textX(PAD), y: y + 14, class: 'chart-label' }, row.label));
    svg.appendChild(s('rect', { x: x(PAD, width), y: y + 20, width, height: 14, rx: 3,
      fill: row.color || COLORS.primary }, s('title', {}, row.title || `${row.label}: ${format(row.value)}`)));
    svg.appendChild(s('text', { x: textX(PAD + width + 6), y: y + 32, class: 'chart-value',
      'data-testid': valueTestId ? valueTestId(row, i) : null }, format(row.value)));
  });
  return svg;
}

/** One bar per row split into the series' parts: rows {label, values[]}, series [{label, color}]. */
export function stackedBars(rows, series, { label } = {}) {
  const top = Math.max(1, ...rows.map(row => row.values.reduce((a, b) => a + b, 0)));
  const barRoom = WIDTH - 2 * PAD - 50;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${rows.length * (ROW + 6) + 4}`, class: 'chart', role: 'img',
    'aria-label': label || '' });
  rows.forEach((row, i) => {
    const y = i * (ROW + 6);
    let offset = PAD;
    svg.appendChild(s('text', { x: textX(PAD), y: y + 14, class: 'chart-label' }, row.label));
    row.values.forEach((value, part) => {
      const width = value / top * barRoom;
      if (width > 0) {
        svg.appendChild(s('rect', { x: x(offset, width), y: y + 20, width, height: 18, fill: series[part].color },
          s('title', {}, `${row.label} — ${series[part].label}: ${integer(value)}`)));
        if (width > 26) {
          svg.appendChild(s('text', { x: textX(offset + 4), y: y + 33, class: 'chart-inside' }, integer(value)));
        }
      }
      offset += width;
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    svg.appendChild(s('text', { x: textX(offset + 6), y: y + 34, class: 'chart-value' }, integer(total)));
  });
  return h('figure', { class: 'chart-figure' }, svg, legend(series));
}

/** Under each row's label one thin bar per series: rows {label, values[]}, series [{label, color}]. */
export function groupedBars(rows, series, { format = integer, label } = {}) {
  const top = Math.max(1, ...rows.flatMap(row => row.values.map(value => Number(value) || 0)));
  const barRoom = WIDTH - 2 * PAD - 70;
  const rowHeight = 22 + series.length * 14;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${rows.length * rowHeight + 4}`, class: 'chart', role: 'img',
    'aria-label': label || '' });
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    svg.appendChild(s('text', { x: textX(PAD), y: y + 14, class: 'chart-label' }, row.label));
    row.values.forEach((value, part) => {
      if (value === null || value === undefined) {
        return;
      }
      const width = Math.max(value > 0 ? 2 : 0, Number(value) / top * barRoom);
      const barY = y + 19 + part * 14;
      svg.appendChild(s('rect', { x: x(PAD, width), y: barY, width, height: 11, rx: 2, fill: series[part].color },
        s('title', {}, `${row.label} — ${series[part].label}: ${format(value)}`)));
      svg.appendChild(s('text', { x: textX(PAD + width + 6), y: barY + 10, class: 'chart-value small' }, format(value)));
    });
  });
  return h('figure', { class: 'chart-figure' }, svg, legend(series));
}

/** A ring split into parts [{label, value, color}], the total in its middle. */
export function donut(parts, { centre, label } = {}) {
  const total = parts.reduce((sum, part) => sum + (Number(part.value) || 0), 0);
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const svg = s('svg', { viewBox: '0 0 140 140', class: 'donut', role: 'img', 'aria-label': label || '' },
    s('circle', { cx: 70, cy: 70, r: radius, fill: 'none', stroke: COLORS.muted, 'stroke-width': 22 }));
  let start = 0;
  parts.forEach(part => {
    const length = total === 0 ? 0 : part.value / total * circumference;
    svg.appendChild(s('circle', { cx: 70, cy: 70, r: radius, fill: 'none', stroke: part.color, 'stroke-width': 22,
      'stroke-dasharray': `${length} ${circumference - length}`, 'stroke-dashoffset': -start,
      transform: isRtl() ? 'rotate(-90 70 70) scale(1 -1) translate(0 -140)' : 'rotate(-90 70 70)' },
    s('title', {}, `${part.label}: ${integer(part.value)}`)));
    start += length;
  });
  svg.appendChild(s('text', { x: 70, y: 76, 'text-anchor': 'middle', class: 'donut-centre' },
    centre === undefined ? integer(total) : centre));
  return h('figure', { class: 'chart-figure donut-figure' }, svg, legend(parts, true));
}

/** A bar filled to {@code value} percent. */
export function progress(value, testid) {
  const filled = Math.max(0, Math.min(100, Number(value) || 0));
  return h('div', { class: 'progress', role: 'progressbar', 'aria-valuenow': filled, 'aria-valuemin': 0,
    'aria-valuemax': 100, 'data-testid': testid }, h('div', { class: 'progress-fill', style: `width:${filled}%` }));
}

function legend(series, withValues) {
  return h('figcaption', { class: 'legend' }, series.map(item =>
    h('span', { class: 'legend-item' },
      h('span', { class: 'swatch', style: `background:${item.color}` }),
      item.label, withValues ? ` (${integer(item.value)})` : null)));
}
