import { defineFormat } from '../format'

/** One option chosen from a list: the option's id. Chosen, never typed. */
export default defineFormat({
  id: 'choice',
  kind: 'choice',
  keyboard: null,
  accepts: () => false,
})
