import { useTranslate } from '../../src/state/use-translate'
import { activeField } from '../../src/state/entry-slice'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Row, Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { ChoiceList } from '../../src/ui/kit/choice-list'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { CATEGORIES, POPULAR_SERVICES, SERVICES, type Category } from './options'
import { FieldBlock } from '../../src/ui/page/blocks/field-block'
import { HeadingBlock } from '../../src/ui/page/blocks/heading-block'
import type { BlockOf } from '../../src/errands/page-schema'

const SEARCH = 'search'
const HEADING: BlockOf<'heading'> = { type: 'heading', text: 'eservice.home.e-services' }
const SEARCH_FIELD: BlockOf<'field'> = {
  type: 'field',
  id: 'eservice.field.search',
  field: SEARCH,
  label: 'eservice.field.search',
  placeholder: 'eservice.search.placeholder',
  keyboard: 'eservice.keyboard',
}
/** The chosen category is kept with the visitor's entries: the staff's view of the screen shows it too. */
const CATEGORY = 'category'

/** Text as a search compares it: lower case, and å, ä and ö as a, a and o, for keyboards without them. */
function folded(text: string): string {
  return text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '')
}

/** Whether every word of the query is in the text: "förskola" and "forskola plats" both find "Förskola – …". */
function matches(text: string, query: string): boolean {
  const haystack = folded(text)
  return folded(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word))
}

/**
 * A `custom` page block: the city's e-services: a search box (with the on-screen keyboard while it is open), the categories, and the
 * services of the chosen category, the search, or the most popular ones. Choosing a service opens it.
 */
export function CatalogueScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const activate = (id: string) => store.getState().activate(id)
  const openSearch = () => store.getState().openField(SEARCH, 'text')
  const chosen = useApp((state) => state.entries[CATEGORY])
  const category = CATEGORIES.find((option) => option === chosen) ?? null
  const searching = useApp((state) => activeField(state)?.field === SEARCH)
  const typed = useApp((state) => state.entries[SEARCH])
  const query = typeof typed === 'string' ? typed.trim() : ''
  const services =
    query !== ''
      ? SERVICES.filter((service) => matches(t(`eservice.service.${service.id}`), query))
      : category !== null
        ? SERVICES.filter((service) => service.category === category)
        : SERVICES.filter((service) => (POPULAR_SERVICES as readonly string[]).includes(service.id))
  const heading =
    query !== ''
      ? t('eservice.catalogue.results', { query })
      : category !== null
        ? t(`eservice.category.${category}`)
        : t('eservice.catalogue.popular')
  const chooseCategory = (next: Category) => {
    store.getState().setEntry(CATEGORY, next)
    // A category shows its services, not the last search.
    store.getState().setEntry(SEARCH, '')
  }
  return (
    <Stack gap={theme.space.m}>
      <HeadingBlock block={HEADING} />
      <FieldBlock block={SEARCH_FIELD} onOpen={openSearch} keysOnlyWhenOpen />
      <Row wrap align="start" gap={theme.space.l} style={{ rowGap: theme.space.m }}>
        {!searching && (
          <Stack gap={theme.space.s} style={{ width: 0.3 }}>
            <Text bold color={theme.color.mutedText}>
              {t('eservice.catalogue.categories')}
            </Text>
            {CATEGORIES.map((option) => (
              <Button
                key={option}
                id={`eservice.category.${option}`}
                role="radio"
                checked={category === option && query === ''}
                label={t(`eservice.category.${option}`)}
                size="small"
                onActivate={() => chooseCategory(option)}
              />
            ))}
          </Stack>
        )}
        <Stack gap={theme.space.s} style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.4 }}>
          <Text size="large" bold>
            {heading}
          </Text>
          {services.length > 0 ? (
            <ChoiceList
              id="eservice.service"
              mode="single"
              selected={[]}
              choices={services.map((service) => ({
                id: service.id,
                label: t(`eservice.service.${service.id}`),
                detail: t(`eservice.category.${service.category}`),
              }))}
              onSelect={(id) => activate(`eservice.service.${id}`)}
            />
          ) : (
            <Text color={theme.color.mutedText}>{t('eservice.catalogue.none')}</Text>
          )}
        </Stack>
      </Row>
    </Stack>
  )
}
