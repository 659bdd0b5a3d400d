import { useState } from 'react'
import { Button } from '../../kit/button'
import { Checkbox } from '../../kit/checkbox'
import { Dialog } from '../../kit/dialog'
import { Text } from '../../kit/text'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'

/** A yes/no field as a checkbox (`'true'` or `'false'`), and its "Read more" dialog in plain words. */
export function CheckboxBlock({ block }: { block: BlockOf<'checkbox'> }) {
  const env = usePageEnv()
  const [reading, setReading] = useState(false)
  const checked = env.entries[block.field] === 'true'
  const { readMore } = block
  return (
    <>
      {readMore && (
        <Button
          id={readMore.id}
          label={env.t(readMore.label)}
          style={{ alignSelf: 'start', minWidth: 0.2 }}
          onActivate={() => {
            setReading(true)
            env.actions.noteInput()
          }}
        />
      )}
      <Checkbox
        id={block.id}
        label={env.t(block.label)}
        checked={checked}
        onToggle={() => env.actions.setEntry(block.field, checked ? 'false' : 'true')}
      />
      {readMore && reading && (
        <Dialog
          title={env.t(readMore.title)}
          actions={
            <Button
              id={readMore.closeId}
              label={env.t(readMore.close)}
              variant="primary"
              style={{ minWidth: 0.2 }}
              onActivate={() => setReading(false)}
            />
          }
        >
          {readMore.paragraphs.map((key) => (
            <Text key={key}>{env.t(key)}</Text>
          ))}
        </Dialog>
      )}
    </>
  )
}
