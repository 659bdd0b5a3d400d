/**
 * The mod-10 (Luhn) check digit used by Swedish OCR references, bankgiro numbers and personal identity numbers:
 * from the right, every second digit is doubled and the digit sums added up.
 */
export function hasValidMod10CheckDigit(digits: string): boolean {
  if (!/^\d{2,25}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i])
    const weighted = i % 2 === 1 ? digit * 2 : digit
    sum += weighted > 9 ? weighted - 9 : weighted
  }
  return sum % 10 === 0
}

/** The check digit that makes `body` + digit valid under mod 10. */
export function mod10CheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (hasValidMod10CheckDigit(body + digit)) return String(digit)
  }
  throw new Error(`not a digit string: ${body}`)
}

/** Keeps only the digits, as a bank does with spaces and dashes in OCR and bankgiro numbers. */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '')
}
