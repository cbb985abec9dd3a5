import { expect, test, type Page } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('xss')

// User text is data, never markup: a manager stores XSS payloads as a sprint name, work-item
// titles, labels and a markdown description with raw HTML and javascript: links, then every page
// that shows them renders them inertly (no dialog, no injected element, no script URL), and the
// production CSP refuses an inline script even when something manages to insert one.

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'
const SVG = '"><svg onload=alert(1)>'
const DESCRIPTION = [
  '**Bold** text with raw HTML:',
  SCRIPT,
  IMG,
  '<iframe src="javascript:alert(1)"></iframe> <a href="javascript:alert(1)">raw link</a>',
  '[markdown link](javascript:alert(1)) and [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  `![image](x" onerror="alert(1))`,
].join('\n\n')

/** Fails the test on any alert/confirm/prompt, whichever page opens it. */
function failOnDialog(page: Page, dialogs: string[]) {
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`)
    await dialog.dismiss()
  })
}

/** Nothing injected: no script or handler-carrying element from the payloads, no script URLs. */
async function expectInert(page: Page, where: string) {
  await page.waitForLoadState('networkidle')
  const found = await page.evaluate(() => ({
    // Next's own inline scripts carry the page data (self.__next_f) as escaped string literals; any
    // other script mentioning the payload was injected, and a literal tag inside one would break out.
    scripts: [...document.querySelectorAll('script')].filter(
      (s) => s.textContent?.includes('alert(1)') && !s.textContent.startsWith('self.__next_f'),
    ).length,
    breakouts: [...document.querySelectorAll('script')].filter((s) => /<\/?(script|img|svg)/i.test(s.textContent ?? '')).length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on') && a.value.includes('alert')),
    ).length,
    injected: document.querySelectorAll('img[src="x"], svg[onload], iframe').length,
    scriptUrls: [...document.querySelectorAll('a[href], iframe[src], img[src]')].filter((el) =>
      /^\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    ).length,
  }))
  expect(found, where).toEqual({ scripts: 0, breakouts: 0, handlers: 0, injected: 0, scriptUrls: 0 })
  await expect(page.locator('script', { hasText: SCRIPT }), where).toHaveCount(0)
}

async function createItem(page: Page, sprintUrl: string, title: string, description = '') {
  await page.goto(sprintUrl)
  await page.getByRole('link', { name: 'Add work item' }).click()
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Description').fill(description)
  await page.getByLabel('Work type').selectOption('DOCUMENTATION')
  await page.getByLabel('Hours').fill('3')
  await page.getByRole('button', { name: 'Create work item' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  return page.url()
}

test('stored XSS payloads render as text on every page that shows them', async ({ page }) => {
  test.setTimeout(300_000)
  const dialogs: string[] = []
  failOnDialog(page, dialogs)
  await signIn(page, demo.manager)

  // A sprint whose name breaks out of an attribute if anything interpolates it unescaped.
  await page.goto('/sprints')
  await page.getByRole('link', { name: 'New sprint' }).click()
  await page.getByLabel('Team').selectOption({ label: 'Platform' })
  await page.getByLabel('Name').fill(`XSS ${SVG}`)
  await page.getByRole('button', { name: 'Create sprint' }).click()
  await expect(page.getByRole('heading', { name: `XSS ${SVG}` })).toBeVisible()
  const sprintUrl = page.url()

  const detailUrl = await createItem(page, sprintUrl, `Item ${SCRIPT}`, DESCRIPTION)
  // The description's markdown renders (bold), its raw HTML shows as text or not at all.
  await expect(page.locator('strong', { hasText: 'Bold' })).toBeVisible()
  await expectInert(page, 'item detail')
  await createItem(page, sprintUrl, `Item ${IMG}`)
  await createItem(page, sprintUrl, `Item ${SVG}`)
  await createItem(page, sprintUrl, 'Item [link](javascript:alert(1))')

  const pages: [string, string][] = [
    ['work-item list', '/work-items'],
    ['work-item list filtered by the payload', `/work-items?q=${encodeURIComponent(SCRIPT)}`],
    ['item detail', detailUrl],
    ['sprint page', sprintUrl],
    ['dashboard', '/dashboard'],
  ]
  for (const [where, url] of pages) {
    await page.goto(url)
    await expectInert(page, where)
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // The planner: plan the sprint (new in this test, so it has no plan yet), so the payload titles are on the board.
  // Waiting for the button, not checking it once: the page may still be loading.
  await page.goto(`${new URL(sprintUrl).pathname}/planner`)
  await page.getByRole('button', { name: 'Plan', exact: true }).click({ timeout: 60_000 })
  await expect(page.getByText(`Item ${SCRIPT}`).first()).toBeVisible({ timeout: 60_000 })
  await expectInert(page, 'planner')

  // Typed text is shown back verbatim, not swallowed: the user still sees what they wrote.
  await page.goto(sprintUrl)
  await expect(page.getByText(`Item ${IMG}`).first()).toBeVisible()
  expect(dialogs).toEqual([])
})

test('the production CSP refuses inline script, even one inserted into the page', async ({ page }) => {
  const dialogs: string[] = []
  failOnDialog(page, dialogs)
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/login')
  const csp = response?.headers()['content-security-policy'] ?? ''
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? ''
  expect(scriptSrc).not.toBe('')
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toContain("'unsafe-eval'")

  // A stored XSS that slipped through would arrive as a parser-inserted inline script without the
  // nonce: put one into the served HTML (headers, CSP included, unchanged) and it must not run.
  // (page.addScriptTag is no test of this: DevTools-evaluated code is exempt from CSP.)
  await page.route('**/login', async (route) => {
    const served = await route.fetch()
    const html = (await served.text()).replace(
      '</body>',
      '<script>window.__xssRan = true; alert(1)</script><img src="/x.png" onerror="window.__handlerRan = true"></body>',
    )
    await route.fulfill({ response: served, body: html })
  })
  await page.goto('/login')
  await expect(page.getByLabel('E-mail')).toBeVisible()
  await expect(page.locator('img[src="/x.png"]'), 'the injected markup is in the page').toHaveCount(1)
  await page.waitForTimeout(500)
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __xssRan?: boolean; __handlerRan?: boolean }
    return { script: w.__xssRan ?? false, handler: w.__handlerRan ?? false }
  })
  expect(ran).toEqual({ script: false, handler: false })
  expect(violations.length).toBeGreaterThan(0)
  expect(dialogs).toEqual([])
})

test('the session cookie is HttpOnly and SameSite=Lax (Secure only when served over https)', async ({ page, context }) => {
  await signIn(page, demo.engineer)
  const session = (await context.cookies()).find((c) => c.name === 'authjs.session-token')
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false })
  // Script on the page cannot read it, so an injected script could not steal the session.
  expect(await page.evaluate(() => document.cookie)).not.toContain('session-token')
})
