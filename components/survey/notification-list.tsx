'use client'

import Link from 'next/link'
import { useActionForm } from '@/components/ui/use-action-form'
import { formatDate } from '@/lib/core/format'
import type { ActionFn } from '@/lib/core/action-result'

/** `href`: where the notification leads (a path in the app), e.g. My sprint for a re-published plan. */
type NotificationItem = { id: string; message: string; href: string | null; createdAt: Date }
/** The server action that marks one notification read (the page passes it in: components do not import routes). */
type MarkRead = ActionFn

function NotificationRow({ notification, markRead }: { notification: NotificationItem; markRead: MarkRead }) {
  const [state, action, pending] = useActionForm(markRead)
  if (state?.ok) return null
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-2">
      <p className="max-w-prose text-sm">
        {notification.href ? (
          <Link href={notification.href} className="font-medium underline">
            {notification.message}
          </Link>
        ) : (
          notification.message
        )}{' '}
        <span className="text-slate-600 dark:text-slate-300">({formatDate(notification.createdAt)})</span>
      </p>
      <form action={action}>
        <input type="hidden" name="notificationId" value={notification.id} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-white dark:border-slate-500 dark:hover:bg-slate-800"
        >
          Mark as read
        </button>
      </form>
      {state && !state.ok ? (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
    </li>
  )
}

/** Unread in-app notifications (survey reminders, re-published plans), each with its own mark-as-read. */
export function NotificationList({ notifications, markRead }: { notifications: NotificationItem[]; markRead: MarkRead }) {
  if (notifications.length === 0) return null
  return (
    <section
      aria-labelledby="notifications-heading"
      className="mb-6 rounded-lg border border-blue-300 bg-blue-50 px-4 py-3 text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50"
    >
      <h2 id="notifications-heading" className="text-sm font-semibold">
        For you ({notifications.length} unread)
      </h2>
      <ul className="divide-y divide-blue-200 dark:divide-blue-800">
        {notifications.map((n) => (
          <NotificationRow key={n.id} notification={n} markRead={markRead} />
        ))}
      </ul>
    </section>
  )
}
