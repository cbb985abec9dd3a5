import { describe, expect, it } from 'vitest'
import { firstReminderNotice, invitationEmail, surveyReminderEmail } from '@/lib/email/templates'

describe('e-mail texts', () => {
  const invite = invitationEmail({
    inviterName: 'Ana <b>',
    orgName: 'Acme & Co',
    roleLabel: 'Lead',
    link: 'https://plural.test/invite/a"b',
  })

  it('writes the invitation as plain text with the link on a line of its own', () => {
    expect(invite.subject).toBe('Ana <b> invited you to Acme & Co on Plural')
    expect(invite.text).toBe(
      'Ana <b> invited you to join Acme & Co on Plural as Lead.\n\nAccept the invitation within 7 days:\nhttps://plural.test/invite/a"b\n\nIf you did not expect this, ignore this e-mail.',
    )
  })

  it('escapes user-supplied names and the link in the HTML part', () => {
    expect(invite.html).toContain('<p>Ana &lt;b&gt; invited you to join Acme &amp; Co on Plural as Lead.</p>')
    expect(invite.html).toContain('<a href="https://plural.test/invite/a&quot;b">Accept the invitation within 7 days</a>')
    expect(invite.html).not.toContain('<b>')
  })

  it('repeats the in-app reminder notice in the reminder e-mail, with where to find the survey', () => {
    const email = surveyReminderEmail(firstReminderNotice('Maya'))
    expect(email.subject).toBe('Your working-style survey in Plural')
    expect(email.text).toBe(`${firstReminderNotice('Maya')}\n\nOpen Plural and choose "Survey" in the menu.`)
    expect(email.html).toContain('<p>Open Plural and choose &quot;Survey&quot; in the menu.</p>')
  })
})
