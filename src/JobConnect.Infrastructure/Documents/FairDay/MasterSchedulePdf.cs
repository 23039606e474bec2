using JobConnect.Application.Features.Scheduling;

namespace JobConnect.Infrastructure.Documents.FairDay;

/// <summary>
/// The organizers' fair-day master schedule, A4 landscape: time slots down, booth tables across. Wide
/// fairs are split into groups of booth-table columns, one group per page with the time column
/// repeated; a group that runs longer than a page repeats its header row.
/// </summary>
public static class MasterSchedulePdf
{
    /// <summary>Booth-table columns per page: at 8 a company name and a person's name still fit on two lines.</summary>
    public const int ColumnsPerPage = 8;

    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, MasterSchedule master)
    {
        foreach (var grid in master.Phases)
        {
            document.AddSection(PageSetup.A4Landscape with { Margins = new(12, 12, 12, 12) }, s => Compose(s, master.FairName, master.FairDate, grid));
        }
        return document;
    }

    private static void Compose(SectionBuilder s, string fairName, DateOnly fairDate, ScheduleGrid grid)
    {
        var phase = grid.Name;
        s.Header(_ => FairDayText.Header($"{fairName} · {FairDayText.Date(fairDate)}", $"Gesamtplan {phase}"))
            .Footer(p => FairDayText.Footer($"Gesamtplan {phase} · {grid.PeopleWithConversation} von {grid.People} Personen mit Gesprächen", p));
        if (grid.Rows.Count == 0 || grid.Slots.Count == 0)
        {
            s.Heading($"Gesamtplan {phase}").Paragraph("Für diese Phase gibt es keine Stände oder Zeitfenster.");
            return;
        }

        var groups = grid.Rows.Chunk(ColumnsPerPage).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var columns = groups[g];
            if (g > 0)
            {
                s.PageBreak();
            }
            s.Add(new Paragraph($"Gesamtplan {phase} – Stände {columns[0].BoothLabel} bis {columns[^1].BoothLabel} (Teil {g + 1} von {groups.Count})",
                TextStyle.Heading(2)) { SpaceAfterMm = 2, KeepWithNext = true });
            s.Add(GroupTable(grid, columns));
        }
    }

    private static Table GroupTable(ScheduleGrid grid, GridRow[] columns)
    {
        // Always as wide as a full group, so columns line up from page to page.
        var table = new Table([TableColumn.Fixed(13), .. Enumerable.Repeat(TableColumn.Relative(), ColumnsPerPage)])
        {
            TextStyle = TextStyle.Body with { Size = 7.5f, LineHeight = 1.2f },
            CellPaddingMm = 1,
            AlternateRowBackground = new SkiaSharp.SKColor(0xF4, 0xF4, 0xF4),
        };
        TableCell[] header = [new("Zeit"), .. columns.Select(c => new TableCell(new Stack(
            new Paragraph(grid.Rows.Count(x => x.BoothId == c.BoothId) > 1
                ? $"{c.BoothLabel} · Tisch {c.TableNumber}" : c.BoothLabel, TextStyle.Strong with { Size = 8 }),
            new Paragraph(c.EmployerName, TextStyle.Small with { Size = 7 })))), .. Padding(columns.Length)];
        table.AddHeaderRow(header);
        foreach (var slot in grid.Slots)
        {
            TableCell[] row = [new($"{slot:HH\\:mm}"), .. columns.Select(c => Cell(c, slot)), .. Padding(columns.Length)];
            table.AddRow(row);
        }
        return table;
    }

    private static TableCell Cell(GridRow column, TimeOnly slot) => column.Cells.TryGetValue(slot, out var cell)
        ? new TableCell(new Stack(
            new Paragraph(cell.PersonName, TextStyle.Body with { Size = 7.5f, LineHeight = 1.15f }),
            new Paragraph(cell.VacancyTitle ?? "", TextStyle.Small with { Size = 6.5f, LineHeight = 1.15f, Color = new SkiaSharp.SKColor(0x55, 0x55, 0x55) })))
        : new TableCell("");

    private static IEnumerable<TableCell> Padding(int used) => Enumerable.Range(0, ColumnsPerPage - used).Select(_ => new TableCell(""));
}
