/** Flemish municipalities with a postcode and the LOP area they belong to (demo data only). */
export const PLACES: ReadonlyArray<{ municipality: string; postcode: string; lop: string }> = [
  { municipality: 'Antwerpen', postcode: '2000', lop: 'LOP Antwerpen' },
  { municipality: 'Mechelen', postcode: '2800', lop: 'LOP Mechelen' },
  { municipality: 'Turnhout', postcode: '2300', lop: 'LOP Turnhout' },
  { municipality: 'Gent', postcode: '9000', lop: 'LOP Gent' },
  { municipality: 'Aalst', postcode: '9300', lop: 'LOP Aalst' },
  { municipality: 'Sint-Niklaas', postcode: '9100', lop: 'LOP Waasland' },
  { municipality: 'Brugge', postcode: '8000', lop: 'LOP Brugge' },
  { municipality: 'Kortrijk', postcode: '8500', lop: 'LOP Kortrijk' },
  { municipality: 'Oostende', postcode: '8400', lop: 'LOP Oostende' },
  { municipality: 'Roeselare', postcode: '8800', lop: 'LOP Roeselare' },
  { municipality: 'Leuven', postcode: '3000', lop: 'LOP Leuven' },
  { municipality: 'Vilvoorde', postcode: '1800', lop: 'LOP Vilvoorde' },
  { municipality: 'Halle', postcode: '1500', lop: 'LOP Halle' },
  { municipality: 'Hasselt', postcode: '3500', lop: 'LOP Hasselt' },
  { municipality: 'Genk', postcode: '3600', lop: 'LOP Genk' },
  { municipality: 'Tongeren', postcode: '3700', lop: 'LOP Tongeren' },
  { municipality: 'Brussel', postcode: '1000', lop: 'LOP Brussel' },
  { municipality: 'Geel', postcode: '2440', lop: 'LOP Kempen' },
  { municipality: 'Ieper', postcode: '8900', lop: 'LOP Ieper' },
  { municipality: 'Dendermonde', postcode: '9200', lop: 'LOP Dendermonde' },
  { municipality: 'Lier', postcode: '2500', lop: 'LOP Lier' },
  { municipality: 'Sint-Truiden', postcode: '3800', lop: 'LOP Sint-Truiden' },
  { municipality: 'Oudenaarde', postcode: '9700', lop: 'LOP Vlaamse Ardennen' },
  { municipality: 'Diest', postcode: '3290', lop: 'LOP Diest' },
];

export const NETWORKS = [
  'Katholiek Onderwijs Vlaanderen',
  'GO! onderwijs van de Vlaamse Gemeenschap',
  'OVSG (officieel gesubsidieerd)',
  'POV (provinciaal onderwijs)',
] as const;

export const STREETS = ['Schoolstraat', 'Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Nieuwstraat', 'Kloosterstraat', 'Dorpsstraat', 'Lindenlaan'];

export const BASIS_NAMES = ['De Regenboog', 'Sint-Jozef', 'De Klimop', 'Het Klavertje', 'De Vlinder', 'Sint-Maria', 'De Wilgenhoek', 'Zonnebloem', 'De Boomhut', 'Sint-Vincentius', 'De Kleine Wereld', 'Het Kompas'];
export const SECUNDAIR_NAMES = ['Sint-Jozefsinstituut', 'Atheneum', 'Technisch Instituut Sint-Lucas', 'Lyceum Onze-Lieve-Vrouw', 'Campus De Brug', 'College Sint-Barbara', 'Scholengroep Horizon', 'Instituut Heilige Familie', 'Provinciaal Technisch Instituut', 'Stedelijk Lyceum'];
