/**
 * The photo-width rule of the content check (`photoWidthProblem`, src/model/fields.ts) before saving: a photo
 * uploaded with this entry is measured in the browser. Decap keeps such uploads with the entry until it is
 * saved (`mediaFiles`, marked „Entwurf“ in the media library). A photo chosen from those already saved was
 * measured by the content check when it was first used.
 */
import { labelForPath, photoWidthProblem, valuesOfKind, type FieldSpec } from '../src/model/fields.ts';
import type { EntryProblem } from '../src/lib/cms/entry-check.ts';

interface MediaFile {
  name?: string;
  path?: string;
  file?: Blob;
  url?: string;
}

async function widthOf(media: MediaFile): Promise<number | undefined> {
  const source = media.file ?? (media.url ? await fetch(media.url).then((r) => r.blob()) : undefined);
  if (!source) return undefined;
  const bitmap = await createImageBitmap(source).catch(() => undefined);
  const width = bitmap?.width;
  bitmap?.close();
  return width;
}

/** Problems with the photos of this entry that were uploaded with it, in the content check's words. */
export async function photoProblems(data: Record<string, unknown>, fields: Record<string, FieldSpec>, mediaFiles: MediaFile[]): Promise<EntryProblem[]> {
  const problems: EntryProblem[] = [];
  for (const { path, value } of valuesOfKind(data, fields, 'image')) {
    if (typeof value !== 'string') continue;
    const name = value.split('/').pop();
    const media = mediaFiles.find((m) => m.name === name || m.path?.split('/').pop() === name);
    if (!media) continue;
    const width = await widthOf(media);
    const message = width === undefined ? undefined : photoWidthProblem(width);
    if (message) problems.push({ field: path.join('.'), label: labelForPath(fields, path) ?? '', message });
  }
  return problems;
}
