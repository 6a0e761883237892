import { PiiScreener } from 'src/modules/screening/pii-screener';
const dict = [
  { names: ['Kungl. Tekniska högskolan', 'KTH Royal Institute of Technology', 'KTH'] },
  { names: ['Karolinska institutet', 'KI'] },
  { names: ['Säkerhetspolisen', 'Säpo', 'Swedish Security Service'] },
  { names: ['Uppsala universitet', 'Uppsala University'] },
  { names: ['Inspektionen för strategiska produkter', 'ISP'] },
];
const samples = [
  'Kontakta Anna-Karin Lindqvist på anna.lindqvist@example.se eller 070-174 06 05.',
  'Per år betalar vi 1 500 000 kr. Maj 2023 träffade vi professor Wang och Dr. Mehdi Rahimi.',
  'Hans forskning vid KTH:s labb. Per Andersson och Zhang Wei från Säkerhetspolisens enhet.',
  'Personnummer 811218-9876, samordningsnummer 701063-2391, 19121212-1212, 120415+9824.',
  'The Max Planck-institutet and the Marie Skłodowska-Curie Actions; Knut och Alice Wallenbergs stiftelse.',
  'Enligt Andersson och Projektledaren Lindberg. Uppsala universitets ki-rutiner, ISPs och kinesiska KI-forskare.',
  'Tel +46 8 465 004 12, 0046 70 174 06 99, +44 20 7946 0958. Perioden 2019–2023. Dnr 2023/01234. ISBN 978-91-7385-123-4',
];
test('scratch', () => {
  const sut = new PiiScreener(dict);
  for (const s of samples)
    console.log(
      s +
        '\n' +
        sut
          .screen(s)
          .map((f) => `  ${f.kind} [${f.text}]`)
          .join('\n'),
    );
});
