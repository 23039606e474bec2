using JobConnect.Application.Features.FairDay;
using JobConnect.Domain.Invitations;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>
/// The paper check-in list of a phase: alphabetical by surname, with arrival window, check-in code
/// and a tick box, so the entrance works without a network. One section per phase.
/// </summary>
public static class CheckInListPdf
{
    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, CheckInList list) =>
        document.AddSection(PageSetup.A4Portrait with { Margins = new(12, 12, 12, 15) }, s => Compose(s, list));

    private static void Compose(SectionBuilder s, CheckInList list)
    {
        var phase = list.Phase;
        s.Header(_ => FairDayText.Header($"{list.FairName} · {FairDayText.Date(list.FairDate)}", $"Check-in {phase}"))
            .Footer(p => FairDayText.Footer("Abhaken bei Ankunft · Nachträge am Ende der Liste", p))
            .Heading($"Check-in-Liste {phase} ({FairDayText.Times(list.Start, list.End)} Uhr)")
            .Paragraph($"{list.People.Count} eingeladene Personen, alphabetisch nach Nachnamen.", TextStyle.Small);
        if (list.People.Count == 0)
        {
            s.Paragraph("Für diese Phase ist niemand eingeladen.");
            return;
        }

        var table = PeopleTable(new SkiaSharp.SKColor(0xF4, 0xF4, 0xF4));
        foreach (var p in list.People)
        {
            table.AddRow(
                new TableCell(new CheckBox { SizeMm = 3.5f, Checked = p.Status == InvitationStatus.Arrived, Style = table.TextStyle }),
                new TableCell(new Paragraph([new TextSpan(p.LastName, TextStyle.Strong with { Size = 8.5f }), new TextSpan($", {p.FirstName}", table.TextStyle)])),
                p.ParticipantNumber,
                p.CheckInCode,
                // Without a conversation there is no window; the letter then says "from the phase's start", so does the list.
                p.ArrivalFrom is { } from && p.ArrivalTo is { } to ? FairDayText.Times(from, to) : $"ab {list.Start:HH\\:mm}",
                p.Agency);
        }
        s.Add(table)
            .Spacing(4)
            .Add(Paragraph.Heading("Nachträge (ohne Einladung, Nachzügler)", 3));
        var extra = PeopleTable(stripes: null);
        for (var i = 0; i < 6; i++)
        {
            extra.AddRow(new TableCell(new CheckBox { SizeMm = 3.5f, Style = table.TextStyle }), new TableCell(new Spacer(6)), "", "", "", "");
        }
        s.Add(extra);
    }

    /// <summary>The list's columns, for the invited people and for the blank rows of walk-ins alike.</summary>
    private static Table PeopleTable(SkiaSharp.SKColor? stripes)
    {
        var table = new Table(TableColumn.Fixed(8), TableColumn.Relative(3), TableColumn.Fixed(27), TableColumn.Fixed(25), TableColumn.Fixed(22), TableColumn.Relative(2.2f))
        {
            TextStyle = TextStyle.Body with { Size = 8.5f },
            CellPaddingMm = 1.1f,
            AlternateRowBackground = stripes,
        };
        table.AddHeaderRow("", "Name", "Teiln.-Nr.", "Check-in-Code", "Ankunft", "Agentur / Jobcenter");
        return table;
    }
}
