/**
 * Reads the subjects folder and checks the index against the rounds: every subject a round
 * raises has a file, names and aliases are unique across subjects, related ids exist, every
 * subject is raised at a round or named in a release, and every subject raised at a round whose
 * text the archive holds is named in that text. Messages name the file, the field and the value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { subjectNames, subjectSchema, type SubjectRecord } from './subject-schema.ts';
import { describeSchemaIssues } from './validate-rounds.ts';
import type { RoundFile } from './round-folder.ts';
import { getRoundParagraphs } from './paragraphs.ts';
import { compileNames, findMentions, foldText } from './mentions.ts';
import type { SourceReference } from './round-schema.ts';
import { resolveReference } from './source-references.ts';

/** A subject file that passed its schema. */
export interface SubjectFile extends SubjectRecord {
  filePath: string;
}

/** Reads and checks each subject file in `folder` on its own; names files relative to `root`. */
export function readSubjectFolder(folder: string, root: string): { subjects: SubjectFile[]; errors: string[] } {
  const errors: string[] = [];
  const subjects: SubjectFile[] = [];
  const files = readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const name of files) {
    const filePath = relative(root, `${folder}/${name}`).split('\\').join('/');
    const id = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      errors.push(
        `${filePath}: this file is not read as a subject; expected files named <id>.yaml, the id in lowercase letters, digits and hyphens.`,
      );
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(`${folder}/${name}`, 'utf8'));
    } catch (error) {
      errors.push(
        `${filePath}: the file could not be read (${(error as Error).message.split('\n')[0]}); expected valid YAML.`,
      );
      continue;
    }
    const result = subjectSchema.safeParse(raw ?? {}, { reportInput: true });
    if (!result.success) errors.push(...describeSchemaIssues(filePath, result.error.issues));
    else subjects.push({ id, filePath, data: result.data });
  }
  return { subjects, errors };
}

/** Every name a subject is known by. */

/** Every name a subject can be recognised by in a source's words: its names, aliases and Russian name. */
const namePattern = (subject: SubjectRecord): RegExp => compileNames([...subjectNames(subject), subject.data.ru.name]);

/**
 * A source credited for a subject must name it: its words hold the subject's name or an alias,
 * or the reference says why they support it (`why`: another language, a paraphrase). A plain
 * id (the held release as a whole) is checked through the text's mentions instead.
 */
function checkWordsName(
  filePath: string,
  item: number,
  references: readonly SourceReference[],
  subject: SubjectFile,
): string[] {
  const pattern = namePattern(subject);
  return references.flatMap((reference, k) => {
    const ref = resolveReference(reference);
    if (!ref.phrases.length || ref.why || ref.phrases.some((p) => pattern.test(foldText(p)))) return [];
    return [
      `${filePath}: field "raised[${item}].sources[${k}].words" is ${JSON.stringify(ref.phrases.join(' … '))}; expected words naming ${subject.id} (${subjectNames(subject).join(', ')}), or a "why" saying how these words state it.`,
    ];
  });
}

/** Checks the subjects against each other and against the rounds; one message per problem. */
export function checkSubjectIndex({
  subjects,
  rounds,
}: {
  subjects: readonly SubjectFile[];
  rounds: readonly RoundFile[];
}): string[] {
  const errors: string[] = [];
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const owners = new Map<string, string>();
  for (const subject of subjects) {
    subjectNames(subject).forEach((name, i) => {
      const key = foldText(name);
      const owner = owners.get(key);
      const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
      if (owner && owner !== subject.id) {
        errors.push(
          `${subject.filePath}: field "${field}" is "${name}", which the subject ${owner} already has; expected each name and alias in one subject only.`,
        );
      } else owners.set(key, subject.id);
    });
    subject.data.related.forEach((id, i) => {
      if (!byId.has(id)) {
        errors.push(`${subject.filePath}: field "related[${i}]" is "${id}"; expected the id of a subject file.`);
      }
    });
  }
  const named = new Set<string>();
  const nameable = subjects.map((s) => ({ id: s.id, names: subjectNames(s) }));
  for (const round of rounds) {
    const paragraphs = round.paragraphs ?? getRoundParagraphs(round.body);
    const mentioned = new Set(findMentions(paragraphs, nameable).map((m) => m.subject));
    mentioned.forEach((id) => named.add(id));
    round.data.raised.forEach((item, i) => {
      item.subjects.forEach((id, j) => {
        const field = `raised[${i}].subjects[${j}]`;
        const subject = byId.get(id);
        named.add(id);
        if (!subject) {
          errors.push(
            `${round.filePath}: field "${field}" is "${id}"; expected the id of a subject file in the subjects folder, such as ${subjects[0]?.id ?? 'sergei-magnitsky'}.`,
          );
          return;
        }
        if (round.hasText && !mentioned.has(subject.id)) {
          errors.push(
            `${round.filePath}: field "${field}" is "${id}"; expected its name or an alias (${subjectNames(subject).join(', ')}) in one of the round’s paragraphs, because the archive holds this round’s text.`,
          );
        }
        errors.push(...checkWordsName(round.filePath, i, item.sources, subject));
      });
    });
  }
  for (const subject of subjects) {
    if (!named.has(subject.id)) {
      errors.push(
        `${subject.filePath}: the subject is raised at no round and named in no release; expected a round that raises it, or no file.`,
      );
    }
  }
  return errors;
}
