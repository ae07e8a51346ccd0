/**
 * The licence of the open data sets. PLACEHOLDER: the Landespräventionsrat Sachsen has not chosen a licence
 * yet. When it has, put its name and address here; the page /daten/ and every JSON file show it.
 */
export const LICENCE = {
  name: 'Lizenz noch nicht festgelegt (Platzhalter)',
  url: undefined as string | undefined,
  note: 'Der Landespräventionsrat Sachsen legt die Lizenz der Daten noch fest. Bis dahin fragen Sie bitte vor einer Weiterverwendung nach.',
};
