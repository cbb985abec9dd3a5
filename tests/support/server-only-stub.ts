// `server-only` throws outside React Server Components; tests run server code directly.
export {}
