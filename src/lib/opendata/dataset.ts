/**
 * An open data set described once: its columns with their meaning, from which come the CSV, the JSON and
 * the column table on /daten/. A value is text, a number, yes/no, a list or unknown (null).
 */
import { toCsv } from './csv.ts';

export type Value = string | number | boolean | string[] | null;

export interface Column<R> {
  key: string;
  /** What the column holds, for the documentation on /daten/. */
  description: string;
  value: (record: R) => Value;
}

export interface Dataset<R> {
  /** File name without extension: "kommunen" → /daten/kommunen.csv and .json. */
  name: string;
  title: string;
  description: string;
  columns: Column<R>[];
}

export const LIST_SEPARATOR = ' | ';

/** A value as CSV text: lists joined with " | ", yes/no as "ja"/"nein", unknown as an empty field. */
export function csvValue(v: Value): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  if (typeof v === 'boolean') return v ? 'ja' : 'nein';
  return String(v);
}

export function datasetCsv<R>(ds: Dataset<R>, records: R[]): string {
  return toCsv(
    ds.columns.map((c) => c.key),
    records.map((r) => ds.columns.map((c) => csvValue(c.value(r)))),
  );
}

export interface JsonMeta {
  /** Null while the site settings do not name one (a local build only: a build for publication needs it). */
  licence: string | null;
  publisher: string | null;
  /** Absolute address of the page that documents the data set. */
  documentation: string;
}

/** The data set as JSON: a short header (title, licence, publisher) and one object per record. */
export function datasetJson<R>(ds: Dataset<R>, records: R[], meta: JsonMeta): string {
  const rows = records.map((r) => Object.fromEntries(ds.columns.map((c) => [c.key, c.value(r)])));
  return `${JSON.stringify(
    {
      titel: ds.title,
      beschreibung: ds.description,
      herausgeber: meta.publisher,
      lizenz: meta.licence,
      dokumentation: meta.documentation,
      anzahl: rows.length,
      eintraege: rows,
    },
    null,
    2,
  )}\n`;
}
