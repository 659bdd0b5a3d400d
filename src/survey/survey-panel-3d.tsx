import { useState, type ReactNode } from 'react'
import { useTranslate } from '../state/use-translate'
import { useApp, useAppStoreApi } from '../state/store-context'
import { HeadFollower } from '../ui/head-follower'
import { Row, Stack } from '../ui/kit/box'
import { Button } from '../ui/kit/button'
import { Panel } from '../ui/kit/panel'
import { Pressable } from '../ui/kit/pressable'
import { Text } from '../ui/kit/text'
import { useTheme } from '../ui/use-theme'
import { FaceMark } from './face-mark'
import {
  CONFIDENCE_VALUES,
  TRY_REAL_ANSWERS,
  UNCLEAR_REASONS,
  type FeedbackCardAnswer,
} from '../domain/survey-answers'
import { PRACTICE_WISHES } from '../domain/practice-wishes'
import { toggled, useHardestChips } from './use-survey'

const WIDTH = 0.95

/** In VR: the confidence question and the feedback for the city on a panel in front of the visitor. */
export function SurveyPanel3D() {
  const survey = useApp((state) => state.survey)
  const mode = useApp((state) => state.mode)
  if (!survey || mode !== 'vr') return null
  return (
    // Half size at half the distance: it looks 0.85 m away but floats nearer than the desk and what lies on it.
    <HeadFollower distance={0.42} drop={0.05} scale={0.5}>
      {survey.stage === 'feedback' ? <FeedbackPanel key={survey.taskId} /> : <ConfidencePanel />}
    </HeadFollower>
  )
}

function ConfidencePanel() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const stage = useApp((state) => state.survey?.stage)
  return (
    <Panel width={WIDTH} padding={theme.space.l} gap={theme.space.m}>
      <Text size="heading" bold align="center">
        {t(stage === 'confidence-after' ? 'survey.confidence.after' : 'survey.confidence.before')}
      </Text>
      <Row gap={theme.space.s} align="stretch">
        {CONFIDENCE_VALUES.map((value) => (
          <Pressable
            key={value}
            id={`survey.confidence.${value}`}
            name={t(`survey.confidence.${value}`)}
            role="radio"
            colors={{ base: theme.color.secondary, hover: theme.color.secondaryHover }}
            style={{
              flexGrow: 1,
              flexBasis: 0,
              alignItems: 'center',
              padding: theme.space.s,
              gap: theme.space.xs,
            }}
            onActivate={() => store.getState().rateConfidence(value)}
          >
            <FaceMark value={value} size={0.1} />
            <Text size="small" align="center">
              {t(`survey.confidence.${value}`)}
            </Text>
          </Pressable>
        ))}
      </Row>
      <Button id="survey.skip" label={t('survey.skip')} onActivate={() => store.getState().skipSurvey()} />
    </Panel>
  )
}

function Chip({
  id,
  label,
  pressed,
  onToggle,
}: {
  id: string
  label: string
  pressed: boolean
  onToggle: () => void
}) {
  const theme = useTheme()
  return (
    <Pressable
      id={id}
      name={label}
      role="checkbox"
      checked={pressed}
      colors={
        pressed
          ? { base: theme.color.primary, hover: theme.color.primaryHover }
          : { base: theme.color.secondary, hover: theme.color.secondaryHover }
      }
      radius={0.03}
      style={{
        minHeight: 0.064,
        padding: { horizontal: theme.space.m, vertical: theme.space.s },
        justifyContent: 'center',
      }}
      onActivate={onToggle}
    >
      <Text bold={pressed} color={pressed ? theme.color.onStrong : theme.color.text}>
        {label}
      </Text>
    </Pressable>
  )
}

function Question({ label, children }: { label: string; children: ReactNode }) {
  const theme = useTheme()
  return (
    <Stack gap={theme.space.xs}>
      <Text bold>{label}</Text>
      <Row wrap gap={theme.space.s} style={{ rowGap: theme.space.s }}>
        {children}
      </Row>
    </Stack>
  )
}

function FeedbackPanel() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const chips = useHardestChips()
  const [answer, setAnswer] = useState<FeedbackCardAnswer>({
    hardest: [],
    unclear: [],
    tryReal: null,
    wish: null,
  })
  return (
    <Panel width={WIDTH} padding={theme.space.l} gap={theme.space.m}>
      <Text size="heading" bold>
        {t('survey.feedback.title')}
      </Text>
      <Question label={t('survey.hardest.question')}>
        {chips.map(({ stepId, label }) => (
          <Chip
            key={stepId}
            id={`survey.hardest.${stepId}`}
            label={label}
            pressed={answer.hardest.includes(stepId)}
            onToggle={() => setAnswer((old) => ({ ...old, hardest: toggled(old.hardest, stepId) }))}
          />
        ))}
      </Question>
      <Question label={t('survey.unclear.question')}>
        {UNCLEAR_REASONS.map((reason) => (
          <Chip
            key={reason}
            id={`survey.unclear.${reason}`}
            label={t(`survey.unclear.${reason}`)}
            pressed={answer.unclear.includes(reason)}
            onToggle={() => setAnswer((old) => ({ ...old, unclear: toggled(old.unclear, reason) }))}
          />
        ))}
      </Question>
      <Question label={t('survey.try-real.question')}>
        {TRY_REAL_ANSWERS.map((value) => (
          <Chip
            key={value}
            id={`survey.try-real.${value}`}
            label={t(`survey.try-real.${value}`)}
            pressed={answer.tryReal === value}
            onToggle={() => setAnswer((old) => ({ ...old, tryReal: old.tryReal === value ? null : value }))}
          />
        ))}
      </Question>
      <Question label={t('survey.wish.question')}>
        {PRACTICE_WISHES.map((wish) => (
          <Chip
            key={wish}
            id={`survey.wish.${wish}`}
            label={t(`survey.wish.${wish}`)}
            pressed={answer.wish === wish}
            onToggle={() => setAnswer((old) => ({ ...old, wish: old.wish === wish ? null : wish }))}
          />
        ))}
      </Question>
      <Row gap={theme.space.s} justify="end">
        <Button id="survey.skip" label={t('survey.skip')} onActivate={() => store.getState().skipSurvey()} />
        <Button
          id="survey.send"
          label={t('survey.send')}
          variant="primary"
          onActivate={() => store.getState().giveFeedback(answer)}
        />
      </Row>
    </Panel>
  )
}
