// Script time per frame, frame by frame, from a V8 sampling profile: the page notes when each animation frame
// starts (performance.now()), the profile says what ran when, and one busy marker call ties the two clocks.

/** The parts of a CDP `Profiler.Profile` this reads. */
export interface SampledProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[]
  /** Microseconds on the profiler's own clock. */
  startTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/** The name of the page function that spins for a moment so its first sample ties the profile to the page. */
export const ALIGN_FUNCTION = '__benchAlign__'
/** The name of the function that wraps every animation frame callback. */
export const FRAME_FUNCTION = '__benchFrame__'

/**
 * Injected before any page script: notes when each animation frame starts (once per frame, however many
 * callbacks it runs), observes long tasks, and offers the marker that aligns the profile with the page's clock.
 * The window's frames only: in an XR session the app renders from the session's own frame loop.
 */
export const FRAME_PROBE_SCRIPT = `(() => {
  const starts = []
  const longTasks = []
  let lastFrame = -1
  const request = window.requestAnimationFrame.bind(window)
  window.requestAnimationFrame = (callback) =>
    request(function ${FRAME_FUNCTION}(time) {
      if (time !== lastFrame) {
        lastFrame = time
        starts.push(performance.now())
        if (starts.length > 50000) starts.splice(0, 25000)
      }
      return callback(time)
    })
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {}
  window.__frameProbe = {
    starts,
    longTasks,
    align: function ${ALIGN_FUNCTION}(ms) {
      const begun = performance.now()
      while (performance.now() - begun < ms) {}
      return begun
    },
  }
})()`

/** A long task as the page observed it, in page milliseconds. */
export interface LongTask {
  start: number
  duration: number
}

/** What the page's probe holds, read with `page.evaluate`. */
export interface FrameProbe {
  starts: number[]
  longTasks: LongTask[]
}

/** The ids of the nodes of every call to the named function and of everything it called. */
function nodesUnder(profile: SampledProfile, functionName: string): Set<number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const found = new Set<number>()
  const visit = (id: number) => {
    if (found.has(id)) return
    found.add(id)
    for (const child of byId.get(id)?.children ?? []) visit(child)
  }
  for (const node of profile.nodes) if (node.callFrame.functionName === functionName) visit(node.id)
  return found
}

/** Every sample's time (µs, profiler clock) and node id, in order. */
function sampleTimes(profile: SampledProfile): { time: number; node: number; weight: number }[] {
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  const out: { time: number; node: number; weight: number }[] = []
  let time = profile.startTime
  for (let i = 0; i < samples.length; i++) {
    time += deltas[i] ?? 0
    // A sample stands for the time since the one before it, as the totals in render-bench count it.
    out.push({ time, node: samples[i] ?? -1, weight: deltas[i] ?? 0 })
  }
  return out
}

/**
 * Milliseconds of the page's own scripts in each whole frame between consecutive frame starts, after the marker
 * call made at `alignedAtMs` (page clock). Samples outside any script (idle, GC, the GPU) do not count; script that
 * runs outside the frame callbacks (timers, events, workers' replies) counts towards the frame it falls in.
 */
export function scriptMsPerFrame(
  profile: SampledProfile,
  frameStarts: readonly number[],
  alignedAtMs: number,
): number[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const inMarker = nodesUnder(profile, ALIGN_FUNCTION)
  const samples = sampleTimes(profile)
  const marker = samples.find((sample) => inMarker.has(sample.node))
  if (!marker)
    throw new Error(`the profile has no sample in ${ALIGN_FUNCTION}: is the sampling interval too long?`)
  // The first sample inside the marker came at most one sampling interval after the page's clock read.
  const offsetMicros = marker.time - alignedAtMs * 1000
  const starts = frameStarts.filter((start) => start > alignedAtMs)
  const totals = new Array<number>(Math.max(0, starts.length - 1)).fill(0)
  let frame = 0
  for (const sample of samples) {
    const node = byId.get(sample.node)
    if (!node || node.callFrame.url === '' || inMarker.has(sample.node)) continue
    const atMs = (sample.time - offsetMicros) / 1000
    while (frame < starts.length - 1 && atMs >= (starts[frame + 1] ?? Infinity)) frame++
    if (frame >= totals.length) break
    if (atMs >= (starts[frame] ?? Infinity)) totals[frame] = (totals[frame] ?? 0) + sample.weight / 1000
  }
  return totals
}

/** The value below which `share` (0..1) of the values lie, by nearest rank. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank] ?? NaN
}
