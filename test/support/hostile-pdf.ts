// A small PDF written by hand that carries what a hostile file may: JavaScript run on opening, a link that
// launches a program, and an embedded file. Its one page holds a headline and a paragraph of text.

const objects = (text: string[]): string[] => [
  '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /EmbeddedFiles << /Names [(evil.exe) 7 0 R] >> >> >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 9 0 R >> >> /Contents 6 0 R /Annots [8 0 R] >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>',
  "<< /S /JavaScript /JS (app.alert('opened'); this.exportDataObject({cName: 'evil.exe', nLaunch: 2});) >>",
  (() => {
    const stream = text.join('\n');
    return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  })(),
  '<< /Type /Filespec /F (evil.exe) /EF << /F 10 0 R >> >>',
  '<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /Launch /F (calc.exe) >> >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
];

/** The bytes of the hostile PDF. */
export function hostilePdf(): Uint8Array {
  const body = objects([
    'BT /F1 24 Tf 72 760 Td (HARBOUR WORKS BEGIN) Tj ET',
    'BT /F2 11 Tf 72 730 Td (Work on the new harbour wall began on Monday, the council said.) Tj ET',
    'BT /F2 11 Tf 72 716 Td (It is due to be finished by the end of next year.) Tj ET',
  ]);
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  body.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${body.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${body.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
