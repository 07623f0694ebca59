// Place names from an XMP packet (at most 64 KB, from any container): photoshop:City/State/
// Country and Iptc4xmpCore:Location/Sublocation, as attributes or elements.
const FIELDS = ['Iptc4xmpCore:Sublocation', 'Iptc4xmpCore:Location', 'photoshop:City', 'photoshop:State', 'photoshop:Country', 'Iptc4xmpCore:CountryName'];

export function placesFromXmp(xmp: string): string[] {
  const out: string[] = [];
  for (const f of FIELDS) {
    const attr = new RegExp(`${f}="([^"]{1,200})"`).exec(xmp);
    const elem = new RegExp(`<${f}>([^<]{1,200})</${f}>`).exec(xmp);
    const v = (attr?.[1] ?? elem?.[1])?.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}
