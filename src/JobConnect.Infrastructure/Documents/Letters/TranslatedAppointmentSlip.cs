using JobConnect.Application.Common;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Features.Invitations;
using static JobConnect.Infrastructure.Documents.Letters.TranslatedLetter;

namespace JobConnect.Infrastructure.Documents.Letters;

/// <summary>
/// The booth's appointment slip (A5) in Leichte Sprache or a translation: the same facts as the German slip, the
/// date and time as the person's letter writes them; what the employer typed (place, contact, note) and the names
/// stay as written. A translation ends with the appointment in German, for the company's reception on the day.
/// </summary>
internal static class TranslatedAppointmentSlip
{
    private static readonly SkiaSharp.SKColor Grey = new(0x55, 0x55, 0x55);

    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, AppointmentSlip slip, PageSetup page, LetterTexts t) =>
        document.AddSection(page, s =>
        {
            var rtl = t.RightToLeft;
            var grey = TextStyle.Small with { Color = Grey };
            var large = TextStyle.Body with { Size = 11 };
            s.Header(_ => Mirrored(rtl, new Row(Text(t, $"{slip.FairName} · {t.Date(slip.FairDate)}", grey), Text(t, $"{t["col.booth"]} {slip.BoothLabel}", grey, TextAlign.Right)) { Weights = [3, 2] }))
                .Add(Text(t, t["appointment.heading"], TextStyle.Heading(2), spaceAfter: 1, keep: true))
                .Add(Text(t, t.Format("appointment.with", ("employer", slip.Employer)), TextStyle.Strong, spaceAfter: 3));

            var table = new Table(Columns(rtl, TableColumn.Fixed(42), TableColumn.Relative())) { TextStyle = large, CellPaddingMm = 1.6f };
            void Row(string label, string value, bool strong = false) =>
                table.AddRow(Cells(rtl, Text(t, t[label], large), Text(t, value, strong ? large.AsBold() : large)));
            Row("appointment.name", slip.Name ?? "_______________________________");
            Row("appointment.participant", slip.Participant);
            if (slip.Vacancy is not null)
            {
                Row("appointment.job", slip.Vacancy);
            }
            Row("appointment.date", t.Date(slip.Date), strong: true);
            Row("appointment.time", t.Time(slip.Time), strong: true);
            Row("appointment.place", slip.Place);
            Row("appointment.contact", slip.Contact);
            if (!string.IsNullOrWhiteSpace(slip.Note))
            {
                Row("appointment.note", slip.Note);
            }

            s.Add(table).Spacing(4).Add(Text(t, t["appointment.hint"], spaceAfter: 4));
            if (!t.Code.StartsWith("de", StringComparison.Ordinal))
            {
                // For the company's reception, who may read no other language: the appointment in German, left to right.
                s.Add(new Paragraph("Auf Deutsch:", TextStyle.Small.AsBold() with { Color = Grey }) { KeepWithNext = true })
                    .Add(new Paragraph($"Vorstellungstermin bei {slip.Employer} am {GermanWording.Date(slip.Date)} um {slip.Time:HH\\:mm} Uhr"
                        + $"{(slip.Place.Length > 0 ? $", {slip.Place}" : "")}{(slip.Contact.Length > 0 ? $", Ansprechperson: {slip.Contact}" : "")}"
                        + $" (Teilnahme-Nr. {slip.Participant}).", grey));
            }
        });
}
