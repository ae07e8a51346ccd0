/** What the open data sets of all content types share: how a partial date is explained. */

export const DATE_NOTE = 'als Jahr-Monat-Tag wie 2023-08-09, als Jahr-Monat wie 2023-08 oder nur als Jahr, je nachdem, wie genau es bekannt ist; leer, wenn unbekannt';
