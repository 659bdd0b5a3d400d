import { useEffect } from 'react'

/** How often the chime repeats while a call is unanswered. */
const REPEAT_MS = 5000

/** Two soft tones, made with Web Audio: no sound file to fetch, nothing leaves the origin. */
function chime(context: AudioContext): void {
  const start = context.currentTime
  for (const [offset, frequency] of [
    [0, 880],
    [0.22, 660],
  ] as const) {
    const tone = context.createOscillator()
    const gain = context.createGain()
    tone.frequency.value = frequency
    gain.gain.setValueAtTime(0.0001, start + offset)
    gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.35)
    tone.connect(gain).connect(context.destination)
    tone.start(start + offset)
    tone.stop(start + offset + 0.4)
  }
}

/**
 * Chimes now and every few seconds while `ringing`, until staff answer. Browsers allow sound after a user gesture;
 * staff have typed their PIN, so the console may play it. `onChime` reports each chime (for tests and the log).
 */
export function useAlertSound(ringing: boolean, onChime?: () => void): void {
  useEffect(() => {
    if (!ringing) return
    let context: AudioContext | null = null
    const ring = () => {
      try {
        context ??= new AudioContext()
        void context.resume()
        chime(context)
      } catch {
        // No audio device: the alert is still on screen.
      }
      onChime?.()
    }
    ring()
    const timer = setInterval(ring, REPEAT_MS)
    return () => {
      clearInterval(timer)
      void context?.close()
    }
  }, [ringing, onChime])
}
