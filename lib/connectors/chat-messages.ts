import type { ChatMessage } from './chat'

// What Plural says in a team's channel. Links go to the app's own pages (`appUrl` is the public
// address), never to anything carrying a secret. Reminders name no one: the channel is the team's.

export const testMessage = (teamName: string): ChatMessage => ({
  title: 'Plural is connected',
  text: `This channel will get ${teamName}'s survey reminders, pulse prompts and published plans.`,
  facts: [],
  link: null,
})

export function planPublishedMessage(input: {
  appUrl: string
  teamName: string
  sprintName: string
  version: number
  items: number
  people: number
}): ChatMessage {
  return {
    title: `Plan published: ${input.sprintName}`,
    text: `${input.teamName}'s plan for ${input.sprintName} is published. See what you are working on in My sprint.`,
    facts: [
      { name: 'Version', value: String(input.version) },
      { name: 'Items planned', value: String(input.items) },
      { name: 'People', value: String(input.people) },
    ],
    link: { label: 'Open My sprint', url: `${input.appUrl}/my-sprint` },
  }
}

export const pulsePromptMessage = (input: { appUrl: string; teamName: string; sprintName: string }): ChatMessage => ({
  title: `${input.sprintName} is over: how did it go?`,
  text: `${input.teamName}, the end-of-sprint pulse takes a minute. Answers are private; leads see only totals.`,
  facts: [],
  link: { label: 'Answer the pulse', url: `${input.appUrl}/pulse` },
})

export const surveyReminderMessage = (input: { appUrl: string; teamName: string }): ChatMessage => ({
  title: 'The working-style survey is waiting',
  text: `Some of ${input.teamName} have not answered the working-style survey yet. It helps plan work that fits how you work.`,
  facts: [],
  link: { label: 'Answer the survey', url: `${input.appUrl}/survey` },
})
