import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown, safeUrl } from '@/app/(app)/work-items/_components/markdown'

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }))

describe('work-item descriptions render safely', () => {
  it('renders markdown', () => {
    expect(render('**bold** and [docs](https://example.com/docs)')).toContain('<strong>bold</strong>')
    expect(render('[docs](https://example.com/docs)')).toContain('href="https://example.com/docs"')
  })

  it('never renders raw HTML', () => {
    const html = render('<script>alert(1)</script><img src=x onerror=alert(1)> <b>hi</b>')
    expect(html).not.toMatch(/<script|<img|onerror|<b>/)
  })

  it('drops javascript:, data: and vbscript: links and images', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox']) {
      expect(safeUrl(url)).toBe('')
      expect(render(`[x](${url}) ![y](${url})`)).not.toMatch(/javascript|vbscript|data:/i)
    }
    expect(safeUrl('/work-items')).toBe('/work-items')
    expect(safeUrl('mailto:a@example.com')).toBe('mailto:a@example.com')
  })
})
