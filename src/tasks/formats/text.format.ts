import { defineFormat } from '../format'

/**
 * Free text such as a name or an e-mail address: letters of every language (å, ä and ö too), digits, spaces and
 * punctuation. Compared as people read it: case and extra spaces do not matter.
 */
export default defineFormat({
  id: 'text',
  kind: 'text',
  keyboard: 'text',
  // No leading or double spaces: an accidental second press of the long space bar does nothing.
  accepts: (char, current) =>
    /^[^\p{C}]$/u.test(char) && !(char === ' ' && (current === '' || current.endsWith(' '))),
  normalize: (value) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv'),
})
