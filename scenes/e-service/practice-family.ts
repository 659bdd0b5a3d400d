import { parsePracticeData, resolvePracticeRef } from '../../src/errands/practice-data'
import practiceJson from './errands/apply-preschool/practice.json'

const PRACTICE = parsePracticeData('scenes/e-service/errands/apply-preschool/practice.json', practiceJson)
const value = (name: string) => resolvePracticeRef({ $practice: name }, PRACTICE)

/**
 * The practice family on the letter at the e-service counter, read from the preschool errand's `practice.json`.
 * Every person, number and address is made up:
 * - the identity numbers carry valid Luhn check digits, with birth numbers in the 98x series;
 * - the mobile number is from the range the Swedish telecoms regulator keeps for fiction (070-174 06 05 to 99);
 * - postcode 999 99 is not in use.
 */
export const PRACTICE_FAMILY = {
  surname: value('surname'),
  guardian: {
    firstName: value('guardian-first-name'),
    name: value('guardian-name'),
    /** 1990-06-12, birth number 983: Luhn over 9006129838 gives the last 8. */
    personnummer: value('guardian-personnummer'),
    street: value('guardian-street'),
    postcode: value('guardian-postcode'),
    email: value('guardian-email'),
    /** As printed on the letter. */
    mobile: value('guardian-mobile'),
  },
  child: {
    firstName: value('child-first-name'),
    name: value('child-name'),
    /** 2024-03-15, birth number 982: Luhn over 2403159821 gives the last 1. */
    personnummer: value('child-personnummer'),
  },
  /** The two preschools the family wants, in order of preference: ids in PRESCHOOLS. */
  preschools: [value('preschool-1'), value('preschool-2')],
  /** The care the family needs: both guardians work full time. An id in CARE_HOURS. */
  hours: value('care-hours'),
  /** What the guardian wants help with at the citizen adviser: an id in HELP_KINDS. */
  help: value('help-kind'),
} as const
