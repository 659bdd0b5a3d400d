import { describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../src/server/config'

describe('configFromEnv: database and site', () => {
  it('uses SQLite and site "main" unless told otherwise', () => {
    const config = configFromEnv({})
    expect(config.databaseUrl).toBeUndefined()
    expect(config).toMatchObject({ siteId: 'main', siteName: 'main' })
  })

  it('reads DATABASE_URL, SITE_ID and SITE_NAME', () => {
    expect(
      configFromEnv({
        DATABASE_URL: 'postgres://digidel:s3cret@db.city.example:5432/digidel?sslmode=require',
        SITE_ID: 'north-branch',
        SITE_NAME: '  Norra biblioteket ',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://digidel:s3cret@db.city.example:5432/digidel?sslmode=require',
      siteId: 'north-branch',
      siteName: 'Norra biblioteket',
    })
  })

  it('refuses a site id that could not stand in a URL or a CSV file as it is', () => {
    for (const bad of ['North', 'north branch', '-north', 'n'.repeat(65), 'norr;=1+1']) {
      expect(() => configFromEnv({ SITE_ID: bad }), bad).toThrow(/SITE_ID/)
    }
  })

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing its password', () => {
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://root:hunter2@db/digidel' })).toThrow(
      /DATABASE_URL must start with postgres:\/\//,
    )
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://root:hunter2@db/digidel' })).not.toThrow(/hunter2/)
    expect(() => configFromEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL must be a URL/)
  })
})
