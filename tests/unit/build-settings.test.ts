/** build-settings.ts: the build's settings from the environment, each checked. */
import { expect, test } from 'vitest';
import { readBuildSettings } from '../../src/build-settings.ts';

test.each([
  [{ SITE: 'https://archive.example.org' }, 'https://archive.example.org'], // as given
  [{ SITE: 'https://archive.example.org/' }, 'https://archive.example.org'], // a trailing slash is the same origin
  [{}, undefined], // not set: the build will say how to set it
  [{ NETLIFY: 'true', URL: 'https://hr-archive.netlify.app' }, 'https://hr-archive.netlify.app'], // Netlify's own address
  [
    { NETLIFY: 'true', URL: 'https://x.netlify.app', SITE: 'https://archive.example.org' },
    'https://archive.example.org',
  ], // SITE wins
  [{ URL: 'https://elsewhere.example' }, undefined], // URL alone means nothing outside Netlify
])('%j -> site %s', (env, site) => {
  expect(readBuildSettings(env).site).toBe(site);
});

test.each([
  ['', '/'],
  ['/', '/'],
  ['archive', '/archive/'],
  ['/archive', '/archive/'],
  ['/a/b/', '/a/b/'],
])('BASE_PATH %j -> %s', (value, base) => {
  expect(readBuildSettings({ BASE_PATH: value }).base).toBe(base);
});

test.each([
  [{ SITE: 'archive.example.org' }, /^SITE: expected an http\(s\) origin .*"archive\.example\.org"$/],
  [{ BASE_PATH: '/../x/' }, /^BASE_PATH: expected a folder such as \/archive\/, got "\/\.\.\/x\/"$/],
  [{ LISTING_LIMIT: 'many' }, /^LISTING_LIMIT: expected a whole number of at least 1, got "many"$/],
])('%j stops with one line naming it', (env, message) => {
  expect(() => readBuildSettings(env)).toThrow(message);
});
