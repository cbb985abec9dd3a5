import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { STATEMENTS } from '../../lib/survey/instrument'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('survey')

// The acceptance: the demo engineer takes the survey with the keyboard alone (Tab between
// questions, Space and arrow keys within one, Enter to submit), sees the result, retakes it and sees
// the history; the demo manager sees the new profile but cannot open the raw answers.

type Leaning = 'craft' | 'orchestration'

const dimensionOf = new Map<string, { dimension: string; reversed: boolean }>(STATEMENTS.map((s) => [`answers.${s.id}`, s]))

/** The option (by value) a person of this leaning picks for a radio group. */
function choice(name: string, leaning: Leaning): string {
  const statement = dimensionOf.get(name)
  if (statement) {
    const agree = statement.dimension === leaning ? 5 : 2
    return String(statement.reversed ? 6 - agree : agree)
  }
  if (name.startsWith('workTypes.'))
    return name.endsWith('PERFORMANCE_CRITICAL') ? 'enjoy' : name.endsWith('DOCUMENTATION') ? 'avoid' : 'neutral'
  if (name === 'preferredMode') return leaning
  throw new Error(`Unexpected radio group ${name}`)
}

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | HTMLButtonElement | null
    if (!el || !el.closest('#survey-form')) return null
    const radios =
      el instanceof HTMLInputElement && el.type === 'radio'
        ? [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)]
        : []
    return {
      tag: el.tagName,
      type: el.type,
      name: el.name,
      index: radios.indexOf(el as HTMLInputElement),
      checked: radios.findIndex((r) => r.checked),
      values: radios.map((r) => r.value),
    }
  })
}

/** Replaces what the focused field holds (a retake starts from the previous answers). */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

/** Walks the whole page with Tab and answers every question from the keyboard; Enter submits. */
async function takeSurveyByKeyboard(page: Page, leaning: Leaning) {
  const answered = new Set<string>()
  for (let step = 0; step < 300; step++) {
    await page.keyboard.press('Tab')
    const el = await focused(page)
    if (!el) continue
    if (el.type === 'radio' && !answered.has(el.name)) {
      answered.add(el.name)
      const target = el.values.indexOf(choice(el.name, leaning))
      if (el.checked === -1) await page.keyboard.press('Space')
      for (let at = el.index; at < target; at++) await page.keyboard.press('ArrowRight')
      for (let at = el.index; at > target; at--) await page.keyboard.press('ArrowLeft')
    } else if (el.name === 'deepWorkHoursPerDay') {
      await retype(page, '5')
    } else if (el.name === 'capacityHours') {
      await retype(page, '52')
    } else if (el.name === 'note') {
      await retype(page, 'Mornings are my focus time.')
    } else if (el.tag === 'BUTTON' && el.type === 'submit') {
      await page.keyboard.press('Enter')
      return answered.size
    }
  }
  throw new Error('Never reached the submit button')
}

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

test('an engineer takes the survey by keyboard, retakes it, and keeps their answers private', async ({ page, browser }) => {
  // Two full keyboard walks are several hundred key presses, each waiting for React to settle.
  test.setTimeout(300_000)
  await signIn(page, demo.engineer)
  await page.goto('/survey')
  await expect(page.getByRole('heading', { level: 1, name: 'How do you like to work?' })).toBeVisible()
  // Ada has a seeded result, so this is a retake: it starts from her previous answers.
  await expect(page.getByText('Your previous answers are filled in')).toBeVisible()
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
  await expect(page.getByLabel('Usual sprint capacity in hours')).toHaveValue('60')
  await axe(page)

  // 21 statements + 12 work types + the preferred-mode question.
  expect(await takeSurveyByKeyboard(page, 'craft')).toBe(STATEMENTS.length + 12 + 1)
  await expect(page).toHaveURL(/\/survey\/result$/)
  await expect(page.getByRole('heading', { name: 'Your working style: Deep craftsperson' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Affinity for each way/ }).getByRole('cell', { name: '100' })).toBeVisible()
  await expect(page.getByText(/Consistency: \d+ out of 100/)).toBeVisible()
  await axe(page)

  // Retake: the newest result becomes the profile and the history grows (the seed had one already).
  await page.goto('/survey')
  await expect(page.getByLabel('Usual sprint capacity in hours')).toHaveValue('52')
  await takeSurveyByKeyboard(page, 'orchestration')
  await expect(page).toHaveURL(/\/survey\/result$/)
  await expect(page.getByRole('heading', { name: 'Your working style: Orchestrator' })).toBeVisible()
  const history = page.getByRole('table', { name: /results over time/ })
  await expect(history.getByRole('row')).toHaveCount(4)
  await expect(history.getByRole('row').nth(1)).toContainText('Orchestrator')
  await expect(history.getByRole('row').nth(2)).toContainText('Deep craftsperson')
  const answersHref = await history.getByRole('link', { name: /View/ }).first().getAttribute('href')
  expect(answersHref).toMatch(/^\/survey\/answers\//)

  // The author can read their own answers, note included.
  await page.goto(answersHref as string)
  await expect(page.getByText('Mornings are my focus time.')).toBeVisible()

  // The manager sees the new profile in the team view, but not the answers.
  const managerContext = await browser.newContext()
  const manager = await managerContext.newPage()
  await signIn(manager, demo.manager)
  await manager.goto('/team')
  const row = manager.getByRole('row', { name: /Ada Okafor/ })
  await expect(row).toContainText('Orchestrator')
  await expect(row).toContainText('Done')
  await axe(manager)
  await row.getByRole('link', { name: 'Ada Okafor' }).click()
  await expect(manager.getByRole('heading', { name: 'Ada Okafor’s working style: Orchestrator' })).toBeVisible()
  await expect(manager.getByText('Mornings are my focus time.')).toHaveCount(0)

  const refused = await manager.goto(answersHref as string)
  expect(refused?.status()).toBe(404)
  await expect(manager.getByText('Mornings are my focus time.')).toHaveCount(0)
  const api = await manager.request.get(`/api/survey/responses/${(answersHref as string).split('/').pop()}`)
  expect(api.status()).toBe(404)
  await managerContext.close()
})
