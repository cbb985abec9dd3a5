import ReactMarkdown, { defaultUrlTransform } from 'react-markdown'

/**
 * Renders a description safely: react-markdown never renders raw HTML (it is shown as text, and
 * no rehype-raw is added), and link/image URLs other than http(s), mailto and relative ones are
 * dropped, so `javascript:` links cannot run.
 */
const SAFE_URL = /^(https?:|mailto:|\/|#)/i

export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url)
  return SAFE_URL.test(cleaned) ? cleaned : ''
}

export function Markdown({ source }: { source: string }) {
  if (!source.trim()) return <p className="text-sm text-slate-600 dark:text-slate-300">No description.</p>
  return (
    <div className="max-w-none space-y-2 text-sm [&_a]:text-blue-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown
        skipHtml
        urlTransform={safeUrl}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  )
}
