import { sectionLayout } from '@/lib/auth/section-layout'

export default sectionLayout('sprint:read')
