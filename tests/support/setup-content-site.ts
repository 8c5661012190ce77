/** Global setup of the content (smoke) project: the real content, built once. */
export { contentSite as default } from './site-setup.ts';
