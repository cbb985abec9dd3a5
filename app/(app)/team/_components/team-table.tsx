import Link from 'next/link'
import { ScrollRegion } from '@/components/ui/scroll-region'
import type { MemberProfileDTO, MemberSurveyDTO } from '@/lib/db/survey/profiles'
import { formatHours } from '@/lib/core/format'
import { PROFILE_TEXT } from '@/lib/survey/profile-text'
import { MAX_REMINDERS } from '@/lib/survey/reminders'
import { MODE_LABELS } from '@/lib/core/work-types'
import { preferencesSummary } from './preferences-text'
import { ReminderButton } from './reminder-button'
import { StatusBadge } from './status-badge'

const cell = 'py-2 pr-4 align-top'

/** Status and reminders go together: both are 'survey:status', so whoever sees one may send the other. */
function SurveyCell({ member, survey }: { member: MemberProfileDTO; survey: MemberSurveyDTO }) {
  return (
    <div className="space-y-1">
      <StatusBadge status={survey.status} />
      {survey.activeReminder ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Reminder {survey.activeReminder.sentCount} of {MAX_REMINDERS} sent
        </p>
      ) : survey.status !== 'done' ? (
        <ReminderButton membershipId={member.membershipId} name={member.name} />
      ) : null}
    </div>
  )
}

/** One row per member: computed profile, preferences and capacity, never individual answers; survey status only `withSurvey`. */
export function TeamTable({ members, withSurvey }: { members: MemberProfileDTO[]; withSurvey: boolean }) {
  return (
    <ScrollRegion label="Team members">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Team members with their working-style profiles{withSurvey ? ' and survey status' : ''}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Member
            </th>
            {withSurvey ? (
              <th scope="col" className="py-2 pr-4">
                Survey
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              Primary type
            </th>
            <th scope="col" className="py-2 pr-4">
              Stated preference
            </th>
            <th scope="col" className="py-2 pr-4">
              Affinities (0–100)
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Capacity
            </th>
            <th scope="col" className="py-2 pr-4">
              Preferences
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const profile = member.profile
            const prefs = profile ? preferencesSummary(profile.preferences) : null
            return (
              <tr key={member.membershipId} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className={`${cell} font-normal`}>
                  <Link href={`/team/${member.membershipId}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                    {member.name}
                  </Link>
                  <div className="text-xs text-slate-600 dark:text-slate-300">{member.teams.map((t) => t.name).join(', ')}</div>
                </th>
                {withSurvey && member.survey ? (
                  <td className={cell}>
                    <SurveyCell member={member} survey={member.survey} />
                  </td>
                ) : null}
                <td className={cell}>{profile ? PROFILE_TEXT[profile.primaryType].title : '–'}</td>
                <td className={cell}>{profile?.preferredMode ? MODE_LABELS[profile.preferredMode] : '–'}</td>
                <td className={`${cell} tabular-nums`}>
                  {profile ? (
                    <span className="whitespace-nowrap">
                      Orch. {profile.affinity.orchestration} · Craft {profile.affinity.craft} · Hybrid {profile.affinity.hybrid}
                    </span>
                  ) : (
                    '–'
                  )}
                </td>
                <td className={`${cell} text-right`}>{profile ? formatHours(profile.capacityHours) : '–'}</td>
                <td className={`${cell} max-w-xs text-xs`}>
                  {prefs ? (
                    <>
                      <div>Enjoys {prefs.enjoys}</div>
                      <div>Would rather avoid {prefs.avoids}</div>
                      {profile && !profile.hasRawAnswers ? <div className="italic">Self-reported without details</div> : null}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
