import { defineFormat } from '../format'

/** Several options chosen from a list, in the order chosen: each option's id. Chosen, never typed. */
export default defineFormat({
  id: 'multi-choice',
  kind: 'multi-choice',
  keyboard: null,
  accepts: () => false,
})
