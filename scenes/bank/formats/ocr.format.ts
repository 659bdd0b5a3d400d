import { mod10NumberFormat } from './mod10-number'

/** The OCR reference on a Swedish bill: 2 to 25 digits, the last a mod-10 check digit. */
export default mod10NumberFormat({ id: 'ocr', minDigits: 2, maxDigits: 25 })
