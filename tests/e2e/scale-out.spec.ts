import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { ownDemo, DEMO_PASSWORD, signIn } from './fixtures'
import { appServerEnv } from './server-env'

const demo = ownDemo('scale-out')

// Two app instances on one database: nothing that matters may live in one process's memory.
const portA = Number(process.env.E2E_PORT ?? 3200)
const portB = portA + 1
const urlA = `http://127.0.0.1:${portA}`
const urlB = `http://127.0.0.1:${portB}`
let second: ChildProcess

test.beforeAll(async () => {
  second = spawn('node_modules/.bin/next', ['start', '-p', String(portB), '-H', '127.0.0.1'], {
    env: { ...process.env, ...appServerEnv(urlB) },
    stdio: 'ignore',
  })
  for (let i = 0; i < 60; i++) {
    const ok = await fetch(`${urlB}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('second instance did not start')
})
test.afterAll(() => {
  second?.kill('SIGTERM')
})

test('a session started on one instance works on the other', async ({ page }) => {
  await signIn(page, demo.lead)
  await page.goto(`${urlB}/sprints`)
  await expect(page.getByRole('heading', { name: 'Sprints' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Platform · Sprint 25' })).toBeVisible()
})

test('login throttling counts failures across both instances', async ({ page }) => {
  const email = demo.admin
  const attempt = async (base: string, password: string) => {
    await page.goto(`${base}/login`)
    await page.getByLabel('E-mail').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }
  for (const base of [urlA, urlB, urlA, urlB, urlA]) {
    await attempt(base, 'wrong-password-123')
    await expect(page.getByText('That e-mail and password do not match an account.')).toBeVisible()
  }
  // The sixth try is refused even with the right password, on the other instance.
  await attempt(urlB, DEMO_PASSWORD)
  await expect(page.getByText(/Too many failed attempts\. Try again in \d+ minutes?\./)).toBeVisible()
})
