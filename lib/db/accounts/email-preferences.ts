import 'server-only'
import { prisma } from '../client'
import type { UserId } from '../user-id'

// A person's e-mail choices. They belong to the person, not to an organisation: someone in two
// organisations switches reminder e-mails off once, for both.

type EmailPreferences = { reminderEmails: boolean }

export async function getEmailPreferences(userId: UserId): Promise<EmailPreferences> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { reminderEmails: true } })
  return { reminderEmails: user?.reminderEmails ?? true }
}

export async function updateEmailPreferences(userId: UserId, preferences: EmailPreferences): Promise<EmailPreferences> {
  return prisma.user.update({
    where: { id: userId },
    data: { reminderEmails: preferences.reminderEmails },
    select: { reminderEmails: true },
  })
}
