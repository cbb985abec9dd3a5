import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { toCsv } from '../../lib/csv'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('import')

// Daily use of the CSV import: a Jira export whose estimates are Jira's seconds, a row no type
// could be found for (picked right in its error), and a hand-edited file with an unclosed quote.

// Jira's own export headers, wide enough that the preview has to scroll sideways.
const JIRA_HEADER = [
  'Issue key',
  'Summary',
  'Issue Type',
  'Status',
  'Priority',
  'Original Estimate',
  'Assignee',
  'Reporter',
  'Sprint',
  'Labels',
  'Labels',
  'Created',
  'Description',
]
const jiraRow = (key: string, summary: string, seconds: string, description = '') => [
  key,
  summary,
  'Story',
  'To Do',
  'Medium',
  seconds,
  'Ada Okafor',
  'Grace Hopper',
  'Platform Sprint 26',
  'e2e-jira-seconds',
  'backend',
  '03/Dec/26 9:15 AM',
  description,
]

const dir = mkdtempSync(join(tmpdir(), 'plural-e2e-import-'))
function writeCsv(name: string, body: string) {
  const path = join(dir, name)
  writeFileSync(path, body, 'utf8')
  return path
}

test('a Jira export in seconds imports as hours once its untyped row gets a type picked in the preview', async ({ page }) => {
  await signIn(page, demo.manager)
  await page.goto('/work-items/import')
  const csv = toCsv([
    JIRA_HEADER,
    jiraRow('JS-1', 'Update the README for the deploy scripts', '28800', 'Exported from Jira Cloud with time tracking on.'),
    jiraRow('JS-2', 'Fix OAuth login redirect loop', '5400'),
    jiraRow('JS-3', 'Zzz qqq', '3600'),
  ])
  await page.getByLabel('CSV file').setInputFiles(writeCsv('jira-seconds.csv', csv))

  await expect(page.getByLabel('Estimate', { exact: true })).toHaveValue('5')
  await expect(page.getByLabel('The estimate column holds')).toHaveValue('seconds')
  await expect(page.getByText('Detected Jira’s seconds: Jira exports this column in seconds.')).toBeVisible()
  // Mapping another column restores the file's unit (a Jira export's is story points); mapping back detects again.
  await page.getByLabel('Estimate', { exact: true }).selectOption({ label: 'Summary' })
  await expect(page.getByLabel('The estimate column holds')).toHaveValue('points')
  await expect(page.getByText('Detected Jira’s seconds')).toHaveCount(0)
  await page.getByLabel('Estimate', { exact: true }).selectOption({ label: 'Original Estimate' })
  await expect(page.getByLabel('The estimate column holds')).toHaveValue('seconds')

  const problems = page.getByRole('region', { name: 'Rows with problems' })
  await expect(problems.getByRole('listitem')).toHaveText([/^Row 4: no usable work type \(“Story”\).*pick one in the preview/])
  const importButton = page.getByRole('button', { name: 'Import 3 rows' })
  await expect(importButton).toBeDisabled()
  await expect(page.getByText('Fix 1 row to import.')).toBeVisible()

  // The preview scrolls sideways, so it must take keyboard focus (axe: scrollable-region-focusable).
  const preview = page.getByRole('region', { name: 'The first rows of the file' })
  expect(await preview.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await preview.focus()
  await expect(preview).toBeFocused()

  await problems.getByLabel('Work type for row 4').selectOption({ label: 'Documentation' })
  await problems.getByRole('button', { name: 'Use for row 4' }).click()
  await expect(page.getByText('Every row passed the checks.')).toBeVisible()
  // The picker leaves with its row; the keyboard lands on the review's summary, not the top of the page.
  await expect(page.getByText(/^3 rows are ready/)).toBeFocused()
  await expect(page.getByLabel('Work type for row 4')).toHaveValue('DOCUMENTATION')
  await expect(page.getByText('Fix 1 row to import.')).toHaveCount(0)
  await importButton.click()
  await expect(page.getByText('Imported 3 rows: 3 created, 0 updated.')).toBeVisible()

  await page.goto('/work-items?label=e2e-jira-seconds')
  await expect(page.getByRole('row', { name: /Update the README for the deploy scripts/ })).toContainText('8 h')
  await expect(page.getByRole('row', { name: /Fix OAuth login redirect loop/ })).toContainText('1.5 h')
  await expect(page.getByRole('row', { name: /Zzz qqq/ })).toContainText('Documentation')
})

test('an unclosed quote is reported with its line, and the other rows are still checked', async ({ page }) => {
  await signIn(page, demo.manager)
  await page.goto('/work-items/import')
  const csv = [
    'title,type,hours,key',
    'Update the README,DOCUMENTATION,2,UQ-1',
    '"Write the runbook,DOCUMENTATION,3,UQ-2',
    ',DOCUMENTATION,1,UQ-3',
    'Document the API,DOCUMENTATION,lots,UQ-4',
  ].join('\n')
  await page.getByLabel('CSV file').setInputFiles(writeCsv('unclosed-quote.csv', csv))
  await expect(page.getByRole('region', { name: 'Rows with problems' }).getByRole('listitem')).toHaveText([
    /^Row 3 \(line 3\): a quoted field is never closed/,
    /^Row 4: the title is empty/,
    /^Row 5: the estimate “lots” is not a number/,
  ])
  await expect(page.getByRole('row', { name: /^3 Could not be read as CSV \(line 3\)/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Import 4 rows' })).toBeDisabled()
  await expect(page.getByText('Fix 3 rows to import.')).toBeVisible()
})
