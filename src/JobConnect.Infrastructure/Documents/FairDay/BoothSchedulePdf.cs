using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>
/// The employer's conversation plan: one section per booth table (each table's staff get their own
/// pages), a time line with each candidate's short profile and room for notes. Names and profiles
/// appear only where <see cref="GetBoothSchedule"/> set them, i.e. with the person's consent.
/// </summary>
public static class BoothSchedulePdf
{
    private static readonly TextStyle Small = TextStyle.Small;
    private static readonly TextStyle Free = TextStyle.Body with { Size = 9, Color = new SkiaSharp.SKColor(0x77, 0x77, 0x77) };

    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, BoothSchedule booth)
    {
        for (var table = 1; table <= Math.Max(booth.Tables, 1); table++)
        {
            var number = table;
            document.AddSection(PageSetup.A4Portrait, s => Compose(s, booth, number));
        }
        return document;
    }

    private static void Compose(SectionBuilder s, BoothSchedule booth, int table)
    {
        var place = booth.Tables > 1 ? $"Stand {booth.BoothLabel}, Tisch {table}" : $"Stand {booth.BoothLabel}";
        var conversations = booth.Conversations.Where(c => c.Table == table).ToList();
        s.Header(_ => FairDayText.Header($"{booth.Fair.Name} · {FairDayText.Date(booth.Fair.Date)} · {booth.Fair.Venue}", place))
            .Footer(p => FairDayText.Footer($"Vertraulich – nur für {booth.EmployerName}. Nach der Messe vernichten.", p))
            .Heading($"Gesprächsplan {booth.EmployerName}")
            .Paragraph($"{place} · {conversations.Count} Gespräche", TextStyle.Strong)
            .Paragraph("Namen und Profile stehen nur hier, wenn die Person eingewilligt hat; sonst sehen Sie eine Kundennummer, "
                + "die passende Stelle und die dafür wichtigen Kenntnisse. Notizen bitte nur zur Auswahl verwenden.", Small);

        if (conversations.Count == 0)
        {
            s.Paragraph("Für diesen Tisch sind noch keine Gespräche geplant.");
            return;
        }

        // The whole time line of each phase: free slots stay visible for walk-ins and stand-by candidates.
        var phases = booth.Phases.Count > 0
            ? booth.Phases
            : [.. conversations.GroupBy(c => c.Phase).Select(g => new BoothPhase(g.Key, [.. g.Select(c => c.Start)]))];
        foreach (var phase in phases)
        {
            var byStart = conversations.Where(c => c.Phase == phase.Name).ToDictionary(c => c.Start);
            if (byStart.Count == 0 && phases.Count > 1)
            {
                continue;
            }
            s.Heading(phase.Name, 2);
            var grid = new Table(TableColumn.Fixed(15), TableColumn.Relative(3), TableColumn.Relative(3), TableColumn.Relative(3.2f))
            {
                TextStyle = TextStyle.Body with { Size = 9 },
                CellPaddingMm = 1.3f,
            };
            grid.AddHeaderRow("Zeit", "Kandidat/in", "Stelle und Kenntnisse", "Notizen");
            foreach (var start in phase.Slots.Union(byStart.Keys).Order())
            {
                var time = $"{start:HH\\:mm}";
                if (byStart.TryGetValue(start, out var c))
                {
                    grid.AddRow(time, Candidate(c), Vacancy(c), new TableCell(new Spacer(17)));
                }
                else
                {
                    grid.AddRow(new TableCell(new Paragraph(time, Free)), new TableCell(new Paragraph("frei", Free)), "", "");
                }
            }
            s.Add(grid);
        }
    }

    private static Stack Candidate(BoothConversation c)
    {
        var lines = new List<Block>
        {
            new Paragraph(c.Name ?? $"Kandidat/in {c.Participant}", TextStyle.Strong with { Size = 9 }),
            new Paragraph(c.Name is null ? "pseudonym (keine Einwilligung)" : $"Teilnehmer-Nr. {c.Participant}", Small),
        };
        if (c.Profile is { } profile)
        {
            lines.Add(new Paragraph(string.Join(" · ", ProfileFacts(profile)), Small));
        }
        return new Stack([.. lines]) { SpacingMm = 0.5f };
    }

    private static Stack Vacancy(BoothConversation c) => new(
        new Paragraph(c.Vacancy ?? "–", TextStyle.Body with { Size = 9 }),
        new Paragraph(c.Skills.Count == 0 ? $"Passung {c.Score} / 100" : $"Kenntnisse: {string.Join(", ", c.Skills)} · Passung {c.Score} / 100", Small))
    {
        SpacingMm = 0.5f,
    };

    private static IEnumerable<string> ProfileFacts(CandidateProfile p)
    {
        yield return p.Qualification switch
        {
            QualificationLevel.Vocational => "Berufsausbildung",
            QualificationLevel.Specialist => "Meister/Techniker/Bachelor",
            QualificationLevel.Expert => "Master oder höher",
            _ => "ohne Berufsabschluss",
        };
        if (p.SchoolCertificate != SchoolCertificate.None)
        {
            yield return p.SchoolCertificate switch
            {
                SchoolCertificate.Hauptschulabschluss => "Hauptschulabschluss",
                SchoolCertificate.MittlererAbschluss => "Mittlerer Abschluss",
                SchoolCertificate.Fachhochschulreife => "Fachhochschulreife",
                _ => "Abitur",
            };
        }
        if (p.GermanLevel != CefrLevel.None)
        {
            yield return $"Deutsch {p.GermanLevel}";
        }
        if (p.DrivingLicence)
        {
            yield return "Führerschein";
        }
    }
}
