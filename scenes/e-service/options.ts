/** The e-services in the city's catalogue, by category. Their names are text keys `eservice.service.<id>`. */
export const CATEGORIES = ['school', 'care', 'housing', 'traffic'] as const

export type Category = (typeof CATEGORIES)[number]

export const SERVICES: readonly { id: string; category: Category }[] = [
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
]

/** What the catalogue shows before a category is chosen or anything is searched for. */
export const POPULAR_SERVICES = ['report-fault', 'preschool-leave', 'parking-permit'] as const

/** The service the preschool task looks for. */
export const PRESCHOOL_SERVICE = 'preschool-apply'

/** The city's preschools: a name (a proper name, the same in every language) and the part of town. */
export const PRESCHOOLS: readonly { id: string; name: string; area: 'north' | 'centre' | 'south' }[] = [
  { id: 'bjorken', name: 'Björken', area: 'north' },
  { id: 'ekorren', name: 'Ekorren', area: 'centre' },
  { id: 'larkan', name: 'Lärkan', area: 'south' },
  { id: 'solrosen', name: 'Solrosen', area: 'centre' },
  { id: 'tallbacken', name: 'Tallbacken', area: 'north' },
]

/** How many hours a week the child needs preschool: text keys `eservice.hours.<id>`. */
export const CARE_HOURS = ['general-15', 'up-to-30', 'over-30'] as const

/** What a citizen adviser helps with: text keys `eservice.help.<id>`. */
export const HELP_KINDS = ['digital', 'letters-forms', 'housing', 'work-study'] as const
