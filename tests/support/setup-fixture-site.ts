/** Global setup of the build and browser projects: the fixture site, built once. */
export { fixtureSite as default } from './site-setup.ts';
