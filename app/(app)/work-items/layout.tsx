import { sectionLayout } from '@/lib/auth/section-layout'

export default sectionLayout('work-item:read')
