import { serviceProviderConfig } from '@/lib/scim/discovery'
import { defineScimRoute } from '@/lib/server/scim/route'

// RFC 7644 §4: read by Okta and Entra ID to learn that PATCH and filters work and bulk does not.
export const GET = defineScimRoute({ name: 'scim.service-provider-config' }, async ({ baseUrl }) => ({
  body: serviceProviderConfig(`${new URL(baseUrl).origin}/settings/provisioning`),
}))
