/**
 * Every e-mail Plural sends, and the in-app notices they repeat, in one place so their wording is
 * reviewed together. Each e-mail has a plain-text part (what many clients and filters read) and
 * an HTML part with the same words. Pure: no server imports, so these can be unit-tested.
 */

export type EmailContent = { subject: string; text: string; html: string }

/** A paragraph, or a call to action whose address is shown in full in the plain-text part. */
type Block = string | { label: string; href: string }

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
// Names and organisation names are user input: never markup in the HTML part.
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c])

function render(subject: string, blocks: readonly Block[]): EmailContent {
  const text = blocks.map((b) => (typeof b === 'string' ? b : `${b.label}:\n${b.href}`)).join('\n\n')
  const body = blocks
    .map((b) => (typeof b === 'string' ? `<p>${escapeHtml(b)}</p>` : `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.label)}</a></p>`))
    .join('\n')
  const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family: system-ui, sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`
  return { subject, text, html }
}

export function invitationEmail(invite: { inviterName: string; orgName: string; roleLabel: string; link: string }): EmailContent {
  return render(`${invite.inviterName} invited you to ${invite.orgName} on Plural`, [
    `${invite.inviterName} invited you to join ${invite.orgName} on Plural as ${invite.roleLabel}.`,
    { label: 'Accept the invitation within 7 days', href: invite.link },
    'If you did not expect this, ignore this e-mail.',
  ])
}

/** Sign-up of a new address: the link that finishes it (decision 0045). */
export function signUpLinkEmail(link: string): EmailContent {
  return render('Finish creating your Plural account', [
    'Someone, hopefully you, asked to create a Plural account with this address.',
    { label: 'Finish creating your account within 24 hours', href: link },
    'If you did not ask for an account, ignore this e-mail.',
  ])
}

/** Sign-up of an address that already has an account: the only place that says so (decision 0045). */
export function existingAccountEmail(signInLink: string): EmailContent {
  return render('You already have a Plural account', [
    'Someone, hopefully you, tried to create a Plural account with this address. You already have one, so nothing was changed.',
    { label: 'Sign in', href: signInLink },
    'If it was not you, ignore this e-mail.',
  ])
}

/** The in-app notice of a manager's first survey reminder. */
export const firstReminderNotice = (senderName: string) =>
  `${senderName} asked you to fill in the working-style survey. It takes about five minutes and helps plan sprints around how you like to work.`

/** The in-app notice each scheduled repeat of a survey reminder replaces it with. */
export const REPEAT_REMINDER_NOTICE =
  'A gentle reminder: the working-style survey is still waiting for you. Five minutes, and your next sprint can fit you better.'

/** A survey reminder by e-mail: the in-app notice, and where to find the survey. */
export function surveyReminderEmail(notice: string): EmailContent {
  return render('Your working-style survey in Plural', [notice, 'Open Plural and choose "Survey" in the menu.'])
}

/** A re-published plan by e-mail: the in-app notice, and where to see what changed. */
export function planChangedEmail(notice: string): EmailContent {
  return render(notice, [`${notice}.`, 'Open Plural and choose "My sprint" in the menu to see what changed since you last looked.'])
}

/** The in-app notice and e-mail to owners and admins when an endpoint is disabled after failing for a day. */
export const webhookDisabledNotice = (url: string) => `The webhook endpoint ${url} was disabled: every delivery attempt failed for 24 hours`

export function webhookDisabledEmail(notice: string): EmailContent {
  return render('A webhook endpoint in Plural was disabled', [
    `${notice}.`,
    'Open Plural, choose Settings and then Webhooks to see the delivery log, fix the endpoint and enable it again.',
  ])
}
