import type { Settings } from '../domain/settings'

/** Colours of every panel and control. */
const NORMAL_COLORS = {
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
  /** Text on primary, success and danger. */
  onStrong: '#ffffff',
  highlight: '#ffb703',
  focus: '#7b2cbf',
  disabled: '#b7bcc5',
  /** Text of a day, a slot or a key that cannot be chosen. */
  disabledText: '#9aa1ab',
  /** Background of a day or a slot that cannot be chosen. */
  disabledSurface: '#e9e7e2',
  feedback: '#fde7e4',
  feedbackText: '#8a1f17',
  hint: '#fff4d6',
  hintText: '#5c4300',
  /** Covers a panel behind an open dialog. */
  scrim: '#5d6470',
  /** Text fields, unchosen options, screens of devices, paper. */
  field: '#ffffff',
  /** A chosen option's soft background. */
  chosenSoft: '#d9e6fb',
  chosenSoftHover: '#c8dbfa',
  /** A device's own body behind its keys, e.g. the keypad. */
  device: '#3b4250',
  /** A tinted box on paper or a screen, e.g. the bill's amount. */
  tint: '#eef2f7',
}

export type ThemeColors = typeof NORMAL_COLORS

/**
 * High contrast: light text on black, pure colours, no muted greys (WCAG AAA contrast on every pair). Black
 * panels also glare less in a headset than white ones.
 */
const HIGH_CONTRAST_COLORS: ThemeColors = {
  panel: '#000000',
  panelEdge: '#ffffff',
  text: '#ffffff',
  mutedText: '#ffffff',
  primary: '#ffe14d',
  primaryHover: '#fff08f',
  secondary: '#2b2b2b',
  secondaryHover: '#4a4a4a',
  success: '#3ddc84',
  successHover: '#7ef0b0',
  danger: '#ff7b72',
  dangerHover: '#ffa39c',
  onStrong: '#000000',
  highlight: '#00e5ff',
  focus: '#ff4dff',
  disabled: '#1a1a1a',
  disabledText: '#9a9a9a',
  disabledSurface: '#1a1a1a',
  feedback: '#4d0000',
  feedbackText: '#ffffff',
  hint: '#332b00',
  hintText: '#ffffff',
  scrim: '#000000',
  field: '#000000',
  chosenSoft: '#1f3d66',
  chosenSoftHover: '#2c5690',
  device: '#1a1a1a',
  tint: '#1f1f1f',
}

/**
 * Font sizes in metres at the normal text size, by role. Even the smallest is at least 1.5° of visual angle (Meta's
 * guidance for body text) up to 1.03 m away, where the panels are: tests/unit/ui/visual-angle.test.tsx checks it.
 */
export const TEXT_SIZES = {
  small: 0.027,
  body: 0.03,
  large: 0.036,
  heading: 0.042,
  title: 0.054,
} as const

/** A text size of the theme. */
export type TextSize = keyof typeof TEXT_SIZES

/** How much larger every text is at each text size. */
export const TEXT_SCALE: Readonly<Record<Settings['textSize'], number>> = {
  normal: 1,
  large: 1.25,
  largest: 1.5,
}

/** The look of every in-world panel and control, and of the desktop HUD: calm, high-contrast, large type. */
export interface Theme {
  color: ThemeColors
  /** Font sizes in metres, by role, at the visitor's text size. */
  text: Readonly<Record<TextSize, number>>
  /** Every text size in metres (a number given to `<Text size>`) is multiplied by this. */
  textScale: number
  /** Corner radii in metres. */
  radius: { readonly panel: number; readonly control: number }
  /** Spacing in metres. */
  space: { readonly xs: number; readonly s: number; readonly m: number; readonly l: number }
  motion: {
    /** The guide's highlight pulses; steady when motion is reduced. */
    pulse: boolean
    /** Things glide to where they go (a picked-up paper, a panel following the head); they jump when reduced. */
    glide: boolean
  }
}

/** Corner radii in metres: the same in every theme. */
export const RADIUS = { panel: 0.018, control: 0.012 } as const
/** Spacing in metres: the same in every theme. */
export const SPACE = { xs: 0.006, s: 0.012, m: 0.02, l: 0.035 } as const

/** The theme for the visitor's settings: the one place text size, contrast and motion are applied. */
export function themeFor(settings: Pick<Settings, 'textSize' | 'contrast' | 'reduceMotion'>): Theme {
  const textScale = TEXT_SCALE[settings.textSize]
  const reduced = settings.reduceMotion === 'on'
  return {
    color: settings.contrast === 'high' ? HIGH_CONTRAST_COLORS : NORMAL_COLORS,
    text: {
      small: TEXT_SIZES.small * textScale,
      body: TEXT_SIZES.body * textScale,
      large: TEXT_SIZES.large * textScale,
      heading: TEXT_SIZES.heading * textScale,
      title: TEXT_SIZES.title * textScale,
    },
    textScale,
    radius: RADIUS,
    space: SPACE,
    motion: { pulse: !reduced, glide: !reduced },
  }
}

/** The theme at the default settings, for code that runs outside the visitor's app (tests, benchmarks). */
export const THEME: Theme = themeFor({ textSize: 'normal', contrast: 'normal', reduceMotion: 'off' })

export type ButtonVariant = 'primary' | 'secondary' | 'success' | 'danger'

/** The colours of a button of each variant in a theme. */
export function buttonColors(
  theme: Theme,
  variant: ButtonVariant,
): { base: string; hover: string; text: string } {
  const color = theme.color
  switch (variant) {
    case 'primary':
      return { base: color.primary, hover: color.primaryHover, text: color.onStrong }
    case 'secondary':
      return { base: color.secondary, hover: color.secondaryHover, text: color.text }
    case 'success':
      return { base: color.success, hover: color.successHover, text: color.onStrong }
    case 'danger':
      return { base: color.danger, hover: color.dangerHover, text: color.onStrong }
  }
}
