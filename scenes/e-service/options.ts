/**
 * The e-services in the city's catalogue, by category. Their names are text keys `eservice.service.<id>`, which
 * type-check against the locale files because the ids are literal.
 */
export const CATEGORIES = ['school', 'care', 'housing', 'traffic'] as const

export type Category = (typeof CATEGORIES)[number]

export const SERVICES = [
  { id: 'preschool-apply', category: 'school' },
  { id: 'preschool-leave', category: 'school' },
  { id: 'school-choice', category: 'school' },
  { id: 'after-school', category: 'school' },
  { id: 'home-help', category: 'care' },
  { id: 'transport-service', category: 'care' },
  { id: 'building-permit', category: 'housing' },
  { id: 'waste-collection', category: 'housing' },
  { id: 'parking-permit', category: 'traffic' },
  { id: 'report-fault', category: 'traffic' },
] as const satisfies readonly { id: string; category: Category }[]

/** What the catalogue shows before a category is chosen or anything is searched for. */
export const POPULAR_SERVICES = ['report-fault', 'preschool-leave', 'parking-permit'] as const
