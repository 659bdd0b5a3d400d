/** The named actions a key can do instead of typing its character; each is named by the text `keyboard.<action>`. */
const KEY_ACTIONS = ['backspace', 'clear', 'shift', 'space', 'submit'] as const

/** What a key does: types its character, or one of the named actions. */
export type KeyAction = (typeof KEY_ACTIONS)[number]

/** Whether a key is a named action (its label is a text) rather than a character. */
export function isKeyAction(key: string): key is KeyAction {
  return (KEY_ACTIONS as readonly string[]).includes(key)
}

/** One key of an on-screen keyboard. */
export interface KeySpec {
  /** A character to type, or an action. */
  key: string | KeyAction
  /** Width in key widths. @default 1 */
  span?: number
}

/** An on-screen keyboard: rows of keys, and an optional column of keys at the end side. */
export interface KeyboardLayout {
  rows: readonly (readonly KeySpec[])[]
  /** Keys stacked beside the rows (the keypad's Delete, Clear and a tall OK). */
  side?: readonly KeySpec[]
  /** Key width in metres. */
  keySize: number
}

const keys = (characters: string): KeySpec[] => [...characters].map((key) => ({ key }))

/** Keyboard layouts by name: data, so a new one is one entry here. */
export const KEYBOARD_LAYOUTS = {
  /** Swedish letters, with å, ä and ö where a Swedish keyboard has them. */
  sv: {
    keySize: 0.05,
    rows: [
      keys('1234567890'),
      keys('qwertyuiopå'),
      keys('asdfghjklöä'),
      [{ key: 'shift', span: 1.5 }, ...keys('zxcvbnm-'), { key: 'backspace', span: 1.5 }],
      [
        { key: 'space', span: 7 },
        { key: 'submit', span: 3 },
      ],
    ],
  },
  /** Digits only, as on a bank's keypad. */
  digits: {
    keySize: 0.095,
    rows: [keys('123'), keys('456'), keys('789'), [{ key: '0', span: 3 }]],
    side: [{ key: 'backspace' }, { key: 'clear' }, { key: 'submit', span: 2 }],
  },
  /** Digits and a decimal comma, for amounts in kronor. */
  amount: {
    keySize: 0.095,
    rows: [keys('123'), keys('456'), keys('789'), [{ key: ',' }, { key: '0', span: 2 }]],
    side: [{ key: 'backspace' }, { key: 'clear' }, { key: 'submit', span: 2 }],
  },
  /** Digits, a plus for +46 and a dash, for phone numbers. */
  phone: {
    keySize: 0.095,
    rows: [keys('123'), keys('456'), keys('789'), keys('+0-')],
    side: [{ key: 'backspace' }, { key: 'clear' }, { key: 'submit', span: 2 }],
  },
} as const satisfies Record<string, KeyboardLayout>

export type KeyboardLayoutName = keyof typeof KEYBOARD_LAYOUTS

const KEY_IDS: Readonly<Record<string, string>> = {
  ',': 'comma',
  '-': 'dash',
  '+': 'plus',
  å: 'aring',
  ä: 'auml',
  ö: 'ouml',
  backspace: 'delete',
  submit: 'ok',
}

/** The id part of a key: `bank.keypad.7`, `….comma`, `….delete`, `….ok`, `….aring`. */
export function keyId(key: string): string {
  return KEY_IDS[key] ?? key
}

/** Whether a key types a character rather than doing an action. */
export function isCharacter(key: string): boolean {
  return [...key].length === 1
}
