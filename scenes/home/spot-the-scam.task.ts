import { defineTask } from '../../src/tasks/schema'
import type { StepDefinitionInput } from '../../src/tasks/schema'
import { PHONE_IDS, PRACTICE_MESSAGES, type PracticeMessage } from './messages'

/**
 * For each message: "Safe or scam?", then for a scam "Point at what gives it away", then a plain explanation
 * that ends with the rule. Steps are made from the messages' data, so a message added there is a few steps more.
 */
function stepsFor(message: PracticeMessage): StepDefinitionInput[] {
  const key = (kind: string) => `home.${kind}.${message.id}`
  const isScam = message.verdict === 'scam'
  const verdict: StepDefinitionInput = {
    id: `${message.id}-verdict`,
    textKey: 'home.step.verdict',
    labelKey: `home.label.${message.id}`,
    targets: [PHONE_IDS.scam, PHONE_IDS.safe],
    complete: {
      rule: 'activate',
      params: {
        target: isScam ? PHONE_IDS.scam : PHONE_IDS.safe,
        wrongTargets: { [isScam ? PHONE_IDS.safe : PHONE_IDS.scam]: isScam ? 'fell-for-it' : 'too-careful' },
      },
    },
    hints: [`${key('hint')}.verdict`],
    feedback: isScam
      ? { 'fell-for-it': `${key('feedback')}.verdict` }
      : { 'too-careful': `${key('feedback')}.verdict` },
    stage: `${message.id}.verdict`,
  }
  const explain: StepDefinitionInput = {
    id: `${message.id}-explain`,
    textKey: `${key('explain')}`,
    labelKey: `home.label.${message.id}`,
    targets: [PHONE_IDS.next],
    complete: { rule: 'activate', params: { target: PHONE_IDS.next } },
    hints: ['home.hint.next'],
    stage: `${message.id}.explain`,
  }
  if (!isScam || !message.sign) return [verdict, explain]
  const others = message.parts.filter((part) => part !== message.sign)
  const sign: StepDefinitionInput = {
    id: `${message.id}-sign`,
    textKey: 'home.step.sign',
    labelKey: `home.label.${message.id}`,
    targets: [PHONE_IDS.message],
    findTarget: true,
    complete: {
      rule: 'activate',
      params: {
        target: PHONE_IDS.part(message.sign),
        wrongTargets: Object.fromEntries(others.map((part) => [PHONE_IDS.part(part), 'not-the-sign'])),
      },
    },
    hints: [`${key('hint')}.sign`, `${key('hint')}.sign-where`],
    feedback: { 'not-the-sign': `${key('feedback')}.sign` },
    stage: `${message.id}.sign`,
  }
  return [verdict, sign, explain]
}

export default defineTask({
  id: 'spot-the-scam',
  scene: 'home',
  titleKey: 'home.task.title',
  summaryKey: 'home.task.summary',
  hintAfter: { idleSeconds: 30, mistakes: 1 },
  completedStage: 'done',
  completedTextKey: 'home.task.completed',
  steps: PRACTICE_MESSAGES.flatMap(stepsFor),
})
