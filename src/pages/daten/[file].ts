/** /daten/kommunen.csv|json, /daten/vereinbarungen.csv|json, /daten/termine.csv|json from the content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../../model/store.ts';
import { paths } from '../../model/paths.ts';
import { datasetCsv, datasetJson, type Dataset, type JsonMeta } from '../../lib/opendata/dataset.ts';
import { agreementRecords, agreementsDataset } from '../../model/agreements/open-data.ts';
import { eventRecords, eventsDataset } from '../../model/events/open-data.ts';
import { townRecords, townsDataset } from '../../model/towns/open-data.ts';
import { operatorValue, type SettingsData } from '../../model/settings/publication-check.ts';
import { publicUrl } from '../../lib/seo/meta.ts';

type Format = 'csv' | 'json';
interface Source {
  name: string;
  render(format: Format, site: URL | undefined, meta: JsonMeta): Promise<string>;
}

function source<R>(dataset: Dataset<R>, load: (site: URL | undefined) => Promise<R[]>): Source {
  return {
    name: dataset.name,
    async render(format, site, meta) {
      const records = await load(site);
      return format === 'csv' ? datasetCsv(dataset, records) : datasetJson(dataset, records, meta);
    },
  };
}

const SOURCES = [source(townsDataset, townRecords), source(agreementsDataset, agreementRecords), source(eventsDataset, eventRecords)];
const TYPES: Record<Format, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const getStaticPaths = (() =>
  SOURCES.flatMap((s) => (['csv', 'json'] as const).map((format) => ({ params: { file: `${s.name}.${format}` }, props: { source: s, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source; format: Format }> = async ({ props, site }) => {
  const settings = (await getSettings()) as SettingsData;
  const licence = operatorValue(settings, 'openData.licence');
  const licenceUrl = operatorValue(settings, 'openData.licenceUrl');
  const body = await props.source.render(props.format, site, {
    licence: licence && licenceUrl ? `${licence} (${licenceUrl})` : (licence ?? null),
    publisher: settings.publisher ?? null,
    documentation: publicUrl(paths.openData, site),
  });
  return new Response(body, { headers: { 'Content-Type': TYPES[props.format] } });
};
