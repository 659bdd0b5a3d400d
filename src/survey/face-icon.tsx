import type { ConfidenceValue } from '../domain/survey-answers'

/** Face colours from unsure (red) to sure (green), shared by the screen's faces and the headset's. */
export const FACE_COLORS: Record<ConfidenceValue, string> = {
  1: '#e07a6b',
  2: '#eea36a',
  3: '#f2cf62',
  4: '#a9cf6b',
  5: '#6fbf73',
}

/** Eyes, mouth and outline: dark on the light face colours in every theme, so a face reads the same in high contrast. */
export const FACE_INK = '#1d2430'

/** How much each face's mouth curves: down for unsure, flat in the middle, up for sure. */
export const MOUTH_CURVE: Record<ConfidenceValue, number> = { 1: -1, 2: -0.5, 3: 0, 4: 0.5, 5: 1 }

/** A face for the confidence scale on a screen, drawn as SVG. */
export function FaceIcon({ value }: { value: ConfidenceValue }) {
  const curve = MOUTH_CURVE[value] * 12
  return (
    <svg viewBox="0 0 100 100" width="64" height="64" aria-hidden="true">
      <circle cx="50" cy="50" r="46" fill={FACE_COLORS[value]} stroke={FACE_INK} strokeWidth="4" />
      <circle cx="35" cy="40" r="6" fill={FACE_INK} />
      <circle cx="65" cy="40" r="6" fill={FACE_INK} />
      <path
        d={`M 30 ${68 - curve / 2} Q 50 ${68 + curve} 70 ${68 - curve / 2}`}
        fill="none"
        stroke={FACE_INK}
        strokeWidth="6"
        strokeLinecap="round"
      />
    </svg>
  )
}
