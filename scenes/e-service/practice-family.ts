/**
 * The practice family on the letter at the e-service counter. Every person, number and address is made up:
 * - the identity numbers carry valid Luhn check digits, with birth numbers in the 98x series;
 * - the mobile number is from the range the Swedish telecoms regulator keeps for fiction (070-174 06 05 to 99);
 * - postcode 999 99 is not in use.
 */
export const PRACTICE_FAMILY = {
  surname: 'Exempelsson',
  guardian: {
    firstName: 'Amir',
    name: 'Amir Exempelsson',
    /** 1990-06-12, birth number 983: Luhn over 9006129838 gives the last 8. */
    personnummer: '19900612-9838',
    street: 'Exempelvägen 3',
    postcode: '999 99',
    email: 'amir@exempelsson.example',
    /** As printed on the letter. */
    mobile: '070-174 06 52',
  },
  child: {
    firstName: 'Lina',
    name: 'Lina Exempelsson',
    /** 2024-03-15, birth number 982: Luhn over 2403159821 gives the last 1. */
    personnummer: '20240315-9821',
  },
  /** The two preschools the family wants, in order of preference: ids in PRESCHOOLS. */
  preschools: ['ekorren', 'solrosen'],
  /** The care the family needs: both guardians work full time. An id in CARE_HOURS. */
  hours: 'over-30',
  /** What the guardian wants help with at the citizen adviser: an id in HELP_KINDS. */
  help: 'letters-forms',
} as const
