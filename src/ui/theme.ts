/** The look of every in-world panel and control: calm, high-contrast, large type. */
export const THEME = {
  color: {
    panel: '#f7f4ee',
    panelEdge: '#d9d2c5',
    text: '#1d2430',
    mutedText: '#4a5566',
    primary: '#1f5fbf',
    primaryHover: '#2b72de',
    secondary: '#e4e9f1',
    secondaryHover: '#d2dbea',
    success: '#1f7a4a',
    successHover: '#27945a',
    danger: '#b3362e',
    dangerHover: '#cc4a40',
    onStrong: '#ffffff',
    highlight: '#ffb703',
    focus: '#7b2cbf',
    disabled: '#b7bcc5',
    feedback: '#fde7e4',
    feedbackText: '#8a1f17',
    hint: '#fff4d6',
    hintText: '#5c4300',
    /** Covers a panel behind an open dialog. */
    scrim: '#5d6470',
    field: '#ffffff',
  },
  /** Font sizes in metres, by role. Body text at 2.8 cm reads comfortably at arm's length in a headset. */
  text: {
    small: 0.022,
    body: 0.028,
    large: 0.034,
    heading: 0.04,
    title: 0.052,
  },
  /** Corner radii in metres. */
  radius: {
    panel: 0.018,
    control: 0.012,
  },
  /** Spacing in metres. */
  space: {
    xs: 0.006,
    s: 0.012,
    m: 0.02,
    l: 0.035,
  },
  /** Metres. */
  size: {
    text: 0.028,
    smallText: 0.022,
    heading: 0.04,
    buttonHeight: 0.075,
    depth: 0.012,
    gap: 0.015,
  },
} as const

/** A text size of the theme. */
export type TextSize = keyof (typeof THEME)['text']

export type ButtonVariant = 'primary' | 'secondary' | 'success' | 'danger'

export const BUTTON_COLORS: Record<ButtonVariant, { base: string; hover: string; text: string }> = {
  primary: { base: THEME.color.primary, hover: THEME.color.primaryHover, text: THEME.color.onStrong },
  secondary: { base: THEME.color.secondary, hover: THEME.color.secondaryHover, text: THEME.color.text },
  success: { base: THEME.color.success, hover: THEME.color.successHover, text: THEME.color.onStrong },
  danger: { base: THEME.color.danger, hover: THEME.color.dangerHover, text: THEME.color.onStrong },
}
