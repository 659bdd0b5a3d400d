import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { Locale } from '../../domain/locales'
import { formatCell, formatWholeSeconds } from './format'
import type { PlotSpec } from './plot-specs'

/** Props of {@link Plot}. */
export interface PlotProps {
  spec: PlotSpec
  /** The plot's name for screen readers. */
  title: string
  /** Text for a category label key (e.g. `step:3`, `started`). */
  labelText: (label: string) => string
  /** Text for a series key (e.g. `median`, `vr`), and for `x`, what the x axis counts (e.g. "Step"). */
  seriesText: (key: string) => string
  locale: Locale
  /** @default 260 */
  height?: number
}

/** Colours by series key, chosen to stay apart for common colour blindness and on a printed page. */
const COLOURS: Record<string, string> = {
  visits: '#1f5fbf',
  median: '#1f5fbf',
  p90: '#9bb7e0',
  none: '#2e7d4f',
  one: '#e0a800',
  twoOrMore: '#b3362e',
  vr: '#1f5fbf',
  screen: '#e08a00',
}
const LANGUAGE_COLOURS = ['#1f5fbf', '#b3362e', '#2e7d4f', '#7b2cbf', '#e08a00', '#4a5566']
const FONT = '14px system-ui, sans-serif'
const DAY_S = 24 * 60 * 60

function colourOf(key: string, index: number): string {
  return COLOURS[key] ?? LANGUAGE_COLOURS[index % LANGUAGE_COLOURS.length] ?? '#1f5fbf'
}

/** uPlot's options and data for a spec, at a width. */
function plotSetup(props: PlotProps, width: number): { options: uPlot.Options; data: uPlot.AlignedData } {
  const { spec, labelText, seriesText, locale, height = 260 } = props
  const count = spec.labels.length
  const xs =
    spec.x === 'days'
      ? spec.labels.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000)
      : spec.labels.map((_, i) => i)
  // Stacked bars are drawn tallest first, each from zero: the top of each is the sum of the series up to it.
  const drawn = spec.stacked
    ? spec.series
        .map((_, index) =>
          xs.map((_x, point) =>
            spec.series.slice(0, index + 1).reduce((sum, series) => sum + (series.values[point] ?? 0), 0),
          ),
        )
        .reverse()
    : spec.series.map((series) => series.values)
  const ordered = spec.stacked ? [...spec.series].reverse() : spec.series
  const bars = uPlot.paths.bars
  const grouped = !spec.stacked && spec.series.length > 1 && !spec.lines
  const value = (raw: number | null) =>
    raw === null
      ? '–'
      : spec.unit === 'share'
        ? formatCell('share', raw, locale)
        : spec.unit === 'seconds'
          ? formatCell('ms', raw * 1000, locale)
          : formatCell('count', raw, locale)

  // Axis ticks are short: whole seconds, whole percentages.
  const tick = (raw: number) => (spec.unit === 'seconds' ? formatWholeSeconds(raw, locale) : value(raw))

  const options: uPlot.Options = {
    width,
    height,
    ...(spec.x === 'days' ? { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC') } : {}),
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    legend: { live: true },
    scales: {
      x:
        spec.x === 'days'
          ? { time: true, range: (_u, min, max) => [min - DAY_S / 2, max + DAY_S / 2] }
          : { time: false, range: () => [-0.5, Math.max(0.5, count - 0.5)] },
      y: {
        range: (_u, _min, max) => (spec.unit === 'share' ? [0, 1] : [0, Math.max(1, max * 1.15)]),
      },
    },
    axes: [
      {
        font: FONT,
        ...(spec.x === 'categories'
          ? {
              splits: () => xs,
              values: (_u: uPlot, splits: number[]) =>
                splits.map((split) => labelText(spec.labels[Math.round(split)] ?? '')),
              rotate: count > 16 ? -35 : 0,
              size: count > 16 ? 70 : 40,
            }
          : {}),
      },
      {
        font: FONT,
        size: 60,
        values: (_u: uPlot, splits: number[]) => splits.map((split) => tick(split)),
        ...(spec.unit === 'count' ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] } : {}),
      },
    ],
    series: [
      {
        label: seriesText(spec.x === 'days' ? 'day' : 'x'),
        ...(spec.x === 'categories'
          ? {
              value: (_u: uPlot, x: number | null) =>
                x === null ? '–' : labelText(spec.labels[Math.round(x)] ?? ''),
            }
          : {}),
      },
      ...ordered.map((series, index) => {
        const colour = colourOf(series.key, spec.series.indexOf(series))
        const raw = series.values
        return {
          label: seriesText(series.key),
          stroke: colour,
          width: spec.lines ? 3 : 1,
          fill: spec.lines ? undefined : colour,
          points: { show: spec.lines === true && count < 40 },
          // The legend shows each series' own value, not the stacked sum.
          value: (_u: uPlot, _v: number, _series: number, point: number | null) =>
            point === null ? '–' : value(raw[point] ?? null),
          ...(spec.lines || bars === undefined
            ? {}
            : {
                paths: bars({
                  size: grouped ? [0.38, 48] : [0.7, 80],
                  align: grouped ? (index === 0 ? -1 : 1) : 0,
                }),
              }),
        }
      }),
    ],
  }
  return { options, data: [xs, ...drawn] }
}

/** A uPlot chart of a spec, as wide as its box; its plotted values are in `data-values` for tests and tools. */
export function Plot({ spec, title, labelText, seriesText, locale, height }: PlotProps) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const width = () => Math.max(280, Math.floor(element.clientWidth))
    const setup = { spec, title, labelText, seriesText, locale, ...(height !== undefined ? { height } : {}) }
    const { options, data } = plotSetup(setup, width())
    const chart = new uPlot(options, data, element)
    const resize = new ResizeObserver(() => chart.setSize({ width: width(), height: options.height }))
    resize.observe(element)
    return () => {
      resize.disconnect()
      chart.destroy()
    }
  }, [spec, title, labelText, seriesText, locale, height])
  const values = { labels: spec.labels, series: spec.series }
  return (
    <figure className="plot" data-plot={spec.id} data-values={JSON.stringify(values)} aria-label={title}>
      <div ref={box} className="plot-box" />
    </figure>
  )
}
